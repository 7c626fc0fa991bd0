'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const FILE = () => process.env.NPM_CONFIG_USERCONFIG || path.join(os.homedir(), '.npmrc');
const CUSTOM = () => path.join(os.homedir(), '.registry-switch.json');

function readLines() {
  try { return fs.readFileSync(FILE(), 'utf8').split(/\r?\n/); } catch (e) { return []; }
}

function getRegistry() {
  const line = readLines().find(l => /^\s*registry\s*=/.test(l));
  return line ? line.split('=').slice(1).join('=').trim() : null;
}

// Only the `registry=` line is changed; auth lines are left untouched.
function setRegistry(url) {
  const lines = readLines();
  const i = lines.findIndex(l => /^\s*registry\s*=/.test(l));
  if (i >= 0) lines[i] = `registry=${url}`;
  else lines.unshift(`registry=${url}`);
  fs.writeFileSync(FILE(), lines.join('\n').replace(/\n*$/, '\n'));
}

function customRegistries() {
  try { return JSON.parse(fs.readFileSync(CUSTOM(), 'utf8')); } catch (e) { return {}; }
}

function saveCustom(obj) {
  fs.writeFileSync(CUSTOM(), JSON.stringify(obj, null, 2));
}

module.exports = { getRegistry, setRegistry, customRegistries, saveCustom };
