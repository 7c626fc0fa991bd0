'use strict';
const fs = require('fs');
const path = require('path');
const parse = require('./parse');

function expand(vars, env) {
  const get = (k) => (k in vars ? vars[k] : env[k] || '');
  for (const k of Object.keys(vars)) vars[k] = vars[k].replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a, b) => get(a || b));
  return vars;
}

function load({ dir = process.cwd(), mode = process.env.NODE_ENV || 'development', override = false } = {}) {
  const files = ['.env', `.env.${mode}`, '.env.local', `.env.${mode}.local`];
  const merged = {};
  const loaded = [];
  for (const f of files) {
    const p = path.join(dir, f);
    if (!fs.existsSync(p)) continue;
    Object.assign(merged, parse(fs.readFileSync(p, 'utf8')));
    loaded.push(p);
  }
  expand(merged, process.env);
  for (const [k, v] of Object.entries(merged)) if (override || process.env[k] === undefined) process.env[k] = v;
  return { parsed: merged, files: loaded };
}
module.exports = { load, parse };
