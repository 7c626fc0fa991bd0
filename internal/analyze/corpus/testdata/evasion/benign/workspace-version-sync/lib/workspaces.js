'use strict';
const fs = require('fs');
const path = require('path');

function readJson(f) { return JSON.parse(fs.readFileSync(f, 'utf8')); }

function patterns(root) {
  const pkg = readJson(path.join(root, 'package.json'));
  if (Array.isArray(pkg.workspaces)) return pkg.workspaces;
  if (pkg.workspaces && pkg.workspaces.packages) return pkg.workspaces.packages;
  const pnpm = path.join(root, 'pnpm-workspace.yaml');
  if (fs.existsSync(pnpm)) {
    return fs.readFileSync(pnpm, 'utf8').split('\n').map(l => l.match(/^\s*-\s*['"]?([^'"#]+)['"]?/)).filter(Boolean).map(m => m[1].trim());
  }
  return [];
}

// Resolves "packages/*"-style globs (one level) inside the repository root only.
function list(root) {
  const out = [];
  for (const p of patterns(root)) {
    if (p.startsWith('!') || p.includes('..')) continue;
    const base = path.join(root, p.replace(/\/\*$/, ''));
    const dirs = p.endsWith('/*') ? (fs.existsSync(base) ? fs.readdirSync(base).map(d => path.join(base, d)) : []) : [base];
    for (const d of dirs) {
      const f = path.join(d, 'package.json');
      if (fs.existsSync(f)) out.push({ dir: d, file: f, pkg: readJson(f) });
    }
  }
  return out;
}

module.exports = { list, readJson };
