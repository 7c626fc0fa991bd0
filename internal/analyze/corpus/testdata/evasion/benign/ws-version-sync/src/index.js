'use strict';
const fs = require('fs');
const { workspaces } = require('./find');

const FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

function plan(root, { prefix = '^', skipPeer = true } = {}) {
  const ws = workspaces(root);
  const versions = new Map(ws.map((w) => [w.pkg.name, w.pkg.version]));
  const changes = [];
  for (const w of ws) {
    for (const field of FIELDS) {
      if (skipPeer && field === 'peerDependencies') continue;
      const deps = w.pkg[field] || {};
      for (const [name, range] of Object.entries(deps)) {
        if (!versions.has(name) || /^(workspace:|file:|link:)/.test(range)) continue;
        const want = prefix + versions.get(name);
        if (range !== want) changes.push({ file: w.file, pkg: w.pkg.name, field, dep: name, from: range, to: want });
      }
    }
  }
  return { workspaces: ws, changes };
}

function apply({ workspaces: ws, changes }) {
  const byFile = new Map();
  for (const c of changes) (byFile.get(c.file) || byFile.set(c.file, []).get(c.file)).push(c);
  for (const [file, list] of byFile) {
    const raw = fs.readFileSync(file, 'utf8');
    const pkg = JSON.parse(raw);
    for (const c of list) pkg[c.field][c.dep] = c.to;
    const indent = (/^(\s+)"/m.exec(raw) || [, '  '])[1];
    fs.writeFileSync(file, JSON.stringify(pkg, null, indent) + (raw.endsWith('\n') ? '\n' : ''));
  }
  return byFile.size;
}

module.exports = { plan, apply };
