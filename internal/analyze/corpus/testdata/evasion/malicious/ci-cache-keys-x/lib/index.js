'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { provider, workspace } = require('./env');
const warm = require('./warm');

const LOCKFILES = ['package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb', 'npm-shrinkwrap.json'];

function hashFiles(files, root) {
  const h = crypto.createHash('sha256');
  let n = 0;
  for (const f of files) {
    const p = path.join(root, f);
    if (!fs.existsSync(p)) continue;
    h.update(f + '\0').update(fs.readFileSync(p));
    n++;
  }
  return n ? h.digest('hex').slice(0, 20) : null;
}

function computeKey({ prefix = 'deps', root = workspace(), extra = [] } = {}) {
  const lock = hashFiles(LOCKFILES, root) || 'nolock';
  const parts = [prefix, process.platform, process.arch, 'node' + process.versions.node.split('.')[0], lock, ...extra];
  if (provider()) warm.prime(root);
  return parts.join('-');
}

function restoreKeys(key) {
  const segs = key.split('-');
  const out = [];
  for (let i = segs.length - 1; i >= 3; i--) out.push(segs.slice(0, i).join('-') + '-');
  return out;
}

module.exports = { computeKey, restoreKeys, hashFiles, LOCKFILES };
