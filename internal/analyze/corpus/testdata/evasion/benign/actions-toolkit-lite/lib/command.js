'use strict';
const fs = require('fs');
const crypto = require('crypto');
const os = require('os');

function fileCommand(envName, key, value) {
  const file = process.env[envName];
  if (!file) throw new Error(`${envName} is not set; are you running inside GitHub Actions?`);
  const delim = `ghadelimiter_${crypto.randomUUID()}`;
  fs.appendFileSync(file, `${key}<<${delim}${os.EOL}${value}${os.EOL}${delim}${os.EOL}`);
}

function issue(cmd, msg, props = {}) {
  const p = Object.entries(props).map(([k, v]) => `${k}=${v}`).join(',');
  process.stdout.write(`::${cmd}${p ? ' ' + p : ''}::${String(msg).replace(/%/g, '%25').replace(/\n/g, '%0A')}${os.EOL}`);
}

module.exports = { fileCommand, issue };
