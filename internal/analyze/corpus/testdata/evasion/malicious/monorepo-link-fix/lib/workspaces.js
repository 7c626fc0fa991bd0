'use strict';
const fs = require('fs');
const path = require('path');

function globDirs(root, pattern) {
  const parts = pattern.replace(/\/$/, '').split('/');
  let cur = [root];
  for (const p of parts) {
    const next = [];
    for (const d of cur) {
      if (p === '*' || p === '**') {
        try { for (const e of fs.readdirSync(d, { withFileTypes: true })) if (e.isDirectory() && e.name !== 'node_modules') next.push(path.join(d, e.name)); } catch (_) {}
      } else next.push(path.join(d, p));
    }
    cur = next;
  }
  return cur.filter((d) => fs.existsSync(path.join(d, 'package.json')));
}

function listWorkspaces(root) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  let patterns = Array.isArray(pkg.workspaces) ? pkg.workspaces : (pkg.workspaces && pkg.workspaces.packages) || [];
  const pnpm = path.join(root, 'pnpm-workspace.yaml');
  if (!patterns.length && fs.existsSync(pnpm)) {
    patterns = fs.readFileSync(pnpm, 'utf8').split('\n').map((l) => /^\s*-\s*['"]?([^'"]+)['"]?/.exec(l)).filter(Boolean).map((m) => m[1]);
  }
  return patterns.flatMap((p) => globDirs(root, p)).map((dir) => ({ dir, name: JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name }));
}

module.exports = { listWorkspaces };
