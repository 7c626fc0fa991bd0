'use strict';
const crypto = require('crypto');
const path = require('path');
const { execFileSync } = require('child_process');

function rawProjectId(dir) {
  try {
    // Prefer the git remote so clones of the same repo collapse into one anonymous id.
    return execFileSync('git', ['config', '--local', '--get', 'remote.origin.url'], {
      cwd: dir, stdio: ['ignore', 'pipe', 'ignore'], timeout: 1000
    }).toString().trim();
  } catch {
    return path.basename(dir);
  }
}

function anonymousProjectId(dir, salt) {
  return crypto.createHash('sha256').update(salt).update(rawProjectId(dir)).digest('hex');
}

module.exports = { anonymousProjectId };
