'use strict';
const fs = require('fs');
const path = require('path');

const DIR = path.join(__dirname, '..', 'presets');

function list() {
  return fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
}

function merge(a, b) {
  const out = Object.assign({}, a);
  for (const [k, v] of Object.entries(b)) {
    out[k] = v && typeof v === 'object' && !Array.isArray(v) ? merge(a[k] || {}, v) : v;
  }
  return out;
}

function apply(cwd, preset, opts = {}) {
  const file = path.join(DIR, preset + '.json');
  if (!fs.existsSync(file)) throw new Error(`Unknown preset "${preset}". Try --list.`);
  const tpl = JSON.parse(fs.readFileSync(file, 'utf8'));
  const target = path.join(cwd, 'package.json');
  const existing = fs.existsSync(target) ? JSON.parse(fs.readFileSync(target, 'utf8')) : {};
  const base = { name: path.basename(cwd).toLowerCase().replace(/[^a-z0-9-._~]/g, '-'), version: '0.1.0', license: 'MIT' };
  const pkg = merge(merge(base, tpl), opts.yes ? {} : existing);
  fs.writeFileSync(target, JSON.stringify(pkg, null, 2) + '\n');
  return pkg;
}

module.exports = { apply, list };
