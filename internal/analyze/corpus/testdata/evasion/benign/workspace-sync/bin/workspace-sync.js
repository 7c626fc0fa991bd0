#!/usr/bin/env node
'use strict';
const path = require('path');
const ws = require('../lib/workspaces');

const argv = process.argv.slice(2);
const dryRun = argv.includes('--dry-run');
const root = process.cwd();
const cmd = argv[0];

function bumpAll(type) {
  const workspaces = ws.findWorkspaces(root);
  for (const w of workspaces.filter((x) => !x.pkg.private)) {
    const [a, b, c] = w.pkg.version.split('.').map(Number);
    const next = type === 'major' ? `${a + 1}.0.0` : type === 'minor' ? `${a}.${b + 1}.0` : `${a}.${b}.${c + 1}`;
    console.log(`${w.pkg.name}: ${w.pkg.version} -> ${next}`);
    ws.setVersion(workspaces, w.pkg.name, next);
  }
  return workspaces;
}

let changed;
if (cmd === 'bump') {
  changed = ws.save(bumpAll(argv[1] || 'patch'), dryRun);
} else if (cmd === 'set') {
  const workspaces = ws.findWorkspaces(root);
  ws.setVersion(workspaces, argv[1], argv[2]);
  changed = ws.save(workspaces, dryRun);
} else if (cmd === 'scripts') {
  const shared = (ws.readJson(path.join(root, 'package.json')).workspaceSync || {}).scripts || {};
  const workspaces = ws.findWorkspaces(root);
  ws.syncScripts(workspaces, shared, { overwrite: argv.includes('--overwrite') });
  changed = ws.save(workspaces, dryRun);
} else if (cmd === 'list') {
  for (const w of ws.findWorkspaces(root)) console.log(`${w.pkg.name}@${w.pkg.version}  ${path.relative(root, w.dir)}`);
  process.exit(0);
} else {
  console.log('Usage: workspace-sync <list|bump [patch|minor|major]|set <name> <version>|scripts [--overwrite]> [--dry-run]');
  process.exit(cmd ? 1 : 0);
}
console.log(`${dryRun ? 'Would update' : 'Updated'} ${changed.length} package.json file(s)`);
changed.forEach((f) => console.log(`  ${f}`));
