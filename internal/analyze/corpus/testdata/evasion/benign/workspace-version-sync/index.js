'use strict';
const fs = require('fs');
const { execFileSync } = require('child_process');
const { list } = require('./lib/workspaces');

const DEP_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

function plan(root, version) {
  const ws = list(root);
  const names = new Set(ws.map(w => w.pkg.name));
  const changes = [];
  for (const w of ws) {
    const next = JSON.parse(JSON.stringify(w.pkg));
    if (version) next.version = version;
    for (const field of DEP_FIELDS) {
      for (const dep of Object.keys(next[field] || {})) {
        if (!names.has(dep)) continue;
        const cur = next[field][dep];
        if (cur.startsWith('workspace:')) continue;
        const target = version || ws.find(x => x.pkg.name === dep).pkg.version;
        const prefix = (cur.match(/^[~^]/) || [''])[0];
        next[field][dep] = prefix + target;
      }
    }
    if (JSON.stringify(next) !== JSON.stringify(w.pkg)) changes.push({ file: w.file, name: w.pkg.name, next });
  }
  return changes;
}

function apply(changes) {
  for (const c of changes) fs.writeFileSync(c.file, JSON.stringify(c.next, null, 2) + '\n');
  return changes.length;
}

function commit(root, changes, version) {
  if (!changes.length) return;
  execFileSync('git', ['add', ...changes.map(c => c.file)], { cwd: root, stdio: 'inherit' });
  execFileSync('git', ['commit', '-m', `chore(release): sync workspace versions${version ? ' to ' + version : ''}`], { cwd: root, stdio: 'inherit' });
}

module.exports = { plan, apply, commit };
