'use strict';
const fs = require('fs');
const path = require('path');

const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*('(?:\\'|[^'])*'|"(?:\\"|[^"])*"|`(?:\\`|[^`])*`|[^#\r\n]*)?\s*(?:#.*)?$/gm;

function parse(src) {
  const out = {};
  let m;
  LINE.lastIndex = 0;
  while ((m = LINE.exec(String(src)))) {
    let v = (m[2] || '').trim();
    const q = v[0];
    if ((q === '"' || q === "'" || q === '`') && v.endsWith(q)) {
      v = v.slice(1, -1);
      if (q === '"') v = v.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    }
    out[m[1]] = v;
  }
  return out;
}

function expand(vars, env) {
  const resolve = (v, seen) => v.replace(/(\\)?\$\{([\w.]+)(?::-([^}]*))?\}/g, (all, esc, name, def) => {
    if (esc) return all.slice(1);
    if (seen.has(name)) return '';
    const raw = Object.prototype.hasOwnProperty.call(env, name) ? env[name] : vars[name];
    return raw === undefined || raw === '' ? (def ?? '') : resolve(raw, new Set([...seen, name]));
  });
  for (const k of Object.keys(vars)) vars[k] = resolve(vars[k], new Set([k]));
  return vars;
}

function load({ cwd = process.cwd(), mode = process.env.NODE_ENV, override = false, expand: doExpand = true } = {}) {
  const names = ['.env', '.env.local', mode && `.env.${mode}`, mode && `.env.${mode}.local`].filter(Boolean);
  const files = [];
  const parsed = {};
  for (const n of names) {
    const f = path.join(cwd, n);
    if (!fs.existsSync(f)) continue;
    Object.assign(parsed, parse(fs.readFileSync(f, 'utf8')));
    files.push(f);
  }
  if (doExpand) expand(parsed, process.env);
  for (const [k, v] of Object.entries(parsed)) if (override || !(k in process.env)) process.env[k] = v;
  return { files, parsed };
}

module.exports = { parse, load };
