'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

function hashFiles(files, root = process.cwd()) {
  const h = crypto.createHash('sha256');
  for (const f of [...files].sort()) {
    h.update(f);
    h.update(fs.readFileSync(path.join(root, f)));
  }
  return h.digest('hex');
}

function cacheKey(prefix, files) {
  return `${prefix}-${process.platform}-${process.arch}-${hashFiles(files).slice(0, 16)}`;
}

module.exports = { hashFiles, cacheKey };
