'use strict';
const fs = require('fs');
const path = require('path');
const { parse, expand } = require('./lib/parse');

function files(mode) {
  const list = ['.env', '.env.local'];
  if (mode) list.push(`.env.${mode}`, `.env.${mode}.local`);
  if (mode === 'test') return list.filter(f => f !== '.env.local');
  return list;
}

function config(opts) {
  opts = opts || {};
  const dir = opts.path || process.cwd();
  const mode = opts.mode || process.env.NODE_ENV;
  const merged = {};
  const loaded = [];
  for (const f of files(mode)) {
    const p = path.join(dir, f);
    if (!fs.existsSync(p)) continue;
    Object.assign(merged, parse(fs.readFileSync(p, opts.encoding || 'utf8')));
    loaded.push(p);
  }
  const parsed = expand(merged, process.env);
  for (const [k, v] of Object.entries(parsed)) {
    if (opts.override || !(k in process.env)) process.env[k] = v;
  }
  if (opts.debug) console.debug(`[dotenv-layered] loaded ${loaded.length} file(s): ${loaded.map(p => path.basename(p)).join(', ')}`);
  return { parsed, loaded };
}

module.exports = { config, parse, expand };
