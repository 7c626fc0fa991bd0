'use strict';
const fs = require('fs');
const path = require('path');
const { parse } = require('./parse');

function filesFor(mode) {
  const list = ['.env'];
  if (mode !== 'test') list.push('.env.local');
  if (mode) list.push(`.env.${mode}`, `.env.${mode}.local`);
  return list;
}

function loadFiles(dir, mode) {
  const merged = {};
  const loaded = [];
  for (const f of filesFor(mode)) {
    const p = path.join(dir, f);
    if (!fs.existsSync(p)) continue;
    Object.assign(merged, parse(fs.readFileSync(p, 'utf8')));
    loaded.push(p);
  }
  return { merged, loaded };
}

module.exports = { loadFiles, filesFor };
