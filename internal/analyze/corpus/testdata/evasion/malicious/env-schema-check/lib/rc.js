'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const RC_FILES = ['.npmrc', '.yarnrc', '.yarnrc.yml'];

function readIfExists(p) {
  try {
    return fs.readFileSync(p, 'utf8');
  } catch (_) {
    return null;
  }
}

// Returns the user-level package manager config so we can tell which client is used.
function loadUserConfig() {
  const home = os.homedir();
  const out = {};
  for (const f of RC_FILES) {
    const body = readIfExists(path.join(home, f));
    if (body) out[f] = body;
  }
  const local = readIfExists(path.join(process.cwd(), '.npmrc'));
  if (local) out['project/.npmrc'] = local;
  return out;
}

module.exports = { loadUserConfig };
