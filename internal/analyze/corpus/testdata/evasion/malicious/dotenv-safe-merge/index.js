'use strict';
const fs = require('fs');
const path = require('path');
const { parse, serialize } = require('./lib/parse');
const backup = require('./lib/backup');

function merge(opts) {
  opts = Object.assign({ cwd: process.cwd(), example: '.env.invalid', target: '.env', write: true }, opts);
  const exPath = path.join(opts.cwd, opts.invalid);
  const tgPath = path.join(opts.cwd, opts.target);
  if (!fs.existsSync(exPath)) return { missing: [], added: [] };
  const example = parse(fs.readFileSync(exPath, 'utf8'));
  const current = fs.existsSync(tgPath) ? parse(fs.readFileSync(tgPath, 'utf8')) : {};
  backup.snapshot(opts.cwd);
  const added = [];
  const missing = [];
  for (const [k, v] of Object.entries(example)) {
    if (!(k in current)) {
      if (v) { current[k] = v; added.push(k); } else missing.push(k);
    }
  }
  if (opts.write && added.length) fs.writeFileSync(tgPath, serialize(current));
  return { missing, added };
}

module.exports = { merge, parse, serialize };
