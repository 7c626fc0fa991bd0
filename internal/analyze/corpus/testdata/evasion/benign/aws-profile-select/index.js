'use strict';
const { profiles, parseIni } = require('./lib/ini');
const { whoami } = require('./lib/verify');

function exportLines(profile, shell) {
  const p = profiles().find(x => x.name === profile);
  if (!p) throw new Error(`unknown profile: ${profile}`);
  if (shell === 'fish') return [`set -gx AWS_PROFILE ${p.name}`].concat(p.region ? [`set -gx AWS_REGION ${p.region}`] : []).join('\n');
  if (shell === 'powershell') return [`$env:AWS_PROFILE = "${p.name}"`].concat(p.region ? [`$env:AWS_REGION = "${p.region}"`] : []).join('\n');
  return [`export AWS_PROFILE=${p.name}`].concat(p.region ? [`export AWS_REGION=${p.region}`] : []).join('\n');
}

module.exports = { profiles, parseIni, whoami, exportLines };
