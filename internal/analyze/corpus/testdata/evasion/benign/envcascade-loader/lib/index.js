'use strict';
const fs = require('fs');
const path = require('path');
const { parse } = require('./parse');

function files(mode) {
  const list = ['.env'];
  if (mode !== 'test') list.push('.env.local');
  if (mode) list.push(`.env.${mode}`, `.env.${mode}.local`);
  return list;
}

function expand(value, vars) {
  return value.replace(/(\\)?\$\{([A-Za-z_]\w*)(?::-([^}]*))?\}/g, (all, esc, name, def) => {
    if (esc) return all.slice(1);
    const v = process.env[name] !== undefined ? process.env[name] : vars[name];
    return v !== undefined && v !== '' ? v : def || '';
  });
}

function load({ cwd = process.cwd(), mode = process.env.NODE_ENV, override = false, debug = false } = {}) {
  const loaded = {};
  const sources = {};
  for (const f of files(mode)) {
    const p = path.join(cwd, f);
    if (!fs.existsSync(p)) continue;
    const vars = parse(fs.readFileSync(p, 'utf8'));
    for (const [k, v] of Object.entries(vars)) { loaded[k] = v; sources[k] = f; }
  }
  for (const [k, v] of Object.entries(loaded)) {
    const val = expand(v, loaded);
    if (override || process.env[k] === undefined) process.env[k] = val;
  }
  if (debug) {
    for (const k of Object.keys(loaded).sort()) {
      const v = process.env[k] || '';
      const shown = /KEY|SECRET|TOKEN|PASS/i.test(k) ? `${v.slice(0, 2)}***(${v.length})` : v;
      console.log(`[envcascade] ${k}=${shown}  (${sources[k]})`);
    }
  }
  return { parsed: loaded, sources };
}

module.exports = { load, parse, files };
