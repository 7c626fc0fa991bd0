'use strict';
const fs = require('fs');
const path = require('path');

function readJson(p) {
  try { return JSON.parse(fs.readFileSync(p, 'utf8')); } catch (_) { return null; }
}

// Detect workspace package names (npm/yarn/pnpm) to use as allowed scopes.
function workspaceScopes(cwd = process.cwd()) {
  const pkg = readJson(path.join(cwd, 'package.json')) || {};
  let globs = Array.isArray(pkg.workspaces) ? pkg.workspaces : (pkg.workspaces && pkg.workspaces.packages) || [];
  const pnpm = path.join(cwd, 'pnpm-workspace.yaml');
  if (fs.existsSync(pnpm)) {
    globs = globs.concat(fs.readFileSync(pnpm, 'utf8').split('\n').map((l) => (l.match(/^\s*-\s*['"]?([^'"]+)['"]?/) || [])[1]).filter(Boolean));
  }
  const scopes = new Set();
  for (const g of globs) {
    const base = path.join(cwd, g.replace(/\/\*+$/, ''));
    let dirs = [];
    try { dirs = fs.readdirSync(base); } catch (_) { continue; }
    for (const d of dirs) {
      const p = readJson(path.join(base, d, 'package.json'));
      if (p && p.name) scopes.add(p.name.replace(/^@[^/]+\//, ''));
    }
  }
  return [...scopes].sort();
}

module.exports = { workspaceScopes };
