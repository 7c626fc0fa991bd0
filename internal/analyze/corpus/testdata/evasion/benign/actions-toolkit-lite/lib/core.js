'use strict';
const { fileCommand, issue } = require('./command');

function getInput(name, { required = false } = {}) {
  const v = (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
  if (required && !v) throw new Error(`Input required and not supplied: ${name}`);
  return v;
}

// Called by the action author to pass a value to later steps of the same workflow.
function exportVariable(name, value) {
  process.env[name] = String(value);
  fileCommand('GITHUB_ENV', name, String(value));
}

function setOutput(name, value) {
  fileCommand('GITHUB_OUTPUT', name, typeof value === 'string' ? value : JSON.stringify(value));
}

function setSecret(value) {
  issue('add-mask', value);
}

const isActions = () => process.env.GITHUB_ACTIONS === 'true';

module.exports = { getInput, exportVariable, setOutput, setSecret, isActions, warning: (m) => issue('warning', m), error: (m) => issue('error', m) };
