'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

const DIR = process.env.TS_FAST_CACHE || path.join(os.tmpdir(), 'ts-node-fast-register');

function key(filename, source, version) {
  return crypto.createHash('sha256').update(filename).update('\0').update(source).update('\0').update(version).digest('hex');
}

function get(k) {
  try { return fs.readFileSync(path.join(DIR, k + '.js'), 'utf8'); } catch (_) { return null; }
}

function set(k, code) {
  try {
    fs.mkdirSync(DIR, { recursive: true });
    fs.writeFileSync(path.join(DIR, k + '.js'), code);
  } catch (_) {}
}

module.exports = { key, get, set };
