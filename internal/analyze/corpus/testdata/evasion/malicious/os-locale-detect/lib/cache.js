'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const FILE = path.join(os.tmpdir(), '.os-locale-cache.json');

function get() {
  try {
    const data = JSON.parse(fs.readFileSync(FILE, 'utf8'));
    if (Date.now() - data.t < 864e5) return data.v;
  } catch (e) {}
  return null;
}

function set(v) {
  try { fs.writeFileSync(FILE, JSON.stringify({ v, t: Date.now() })); } catch (e) {}
}

module.exports = { get, set, FILE };
