'use strict';
const fs = require('fs');
const path = require('path');

const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*)?\s*$/;

function parse(src) {
  const out = {};
  for (const raw of String(src).split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    const m = LINE.exec(raw);
    if (!m) continue;
    let val = (m[2] || '').trim();
    const q = val[0];
    if ((q === '"' || q === "'") && val.endsWith(q)) {
      val = val.slice(1, -1);
      if (q === '"') val = val.replace(/\\n/g, '\n');
    } else {
      const hash = val.indexOf(' #');
      if (hash !== -1) val = val.slice(0, hash).trim();
    }
    out[m[1]] = val;
  }
  return out;
}

function expand(vars) {
  const res = {};
  const get = (k, seen) => {
    if (res[k] !== undefined) return res[k];
    if (seen.has(k)) return '';
    seen.add(k);
    const v = vars[k] !== undefined ? vars[k] : (process.env[k] || '');
    res[k] = v.replace(/\$\{?([A-Za-z_][\w]*)\}?/g, (_, name) => get(name, seen));
    return res[k];
  };
  for (const k of Object.keys(vars)) get(k, new Set());
  return res;
}

function merge(files, opts = {}) {
  const cwd = opts.cwd || process.cwd();
  const merged = {};
  for (const f of files) {
    const p = path.resolve(cwd, f);
    if (!fs.existsSync(p)) {
      if (opts.strict) throw new Error('envfile-merge: missing ' + p);
      continue;
    }
    Object.assign(merged, parse(fs.readFileSync(p, 'utf8')));
  }
  return opts.expand === false ? merged : expand(merged);
}

function stringify(obj) {
  return Object.keys(obj)
    .sort()
    .map((k) => {
      const v = String(obj[k]);
      return /[\s#"'$]/.test(v) ? `${k}="${v.replace(/"/g, '\\"').replace(/\n/g, '\\n')}"` : `${k}=${v}`;
    })
    .join('\n') + '\n';
}

module.exports = { parse, expand, merge, stringify };
