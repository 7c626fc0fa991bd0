#!/usr/bin/env node
'use strict';
const { execFileSync } = require('child_process');
const { bumpFile, workspaces } = require('../lib/bump');

const level = process.argv[2] || 'patch';
const changed = workspaces(process.cwd()).map((f) => bumpFile(f, level));
for (const c of changed) console.log(`${c.name}: ${c.from} -> ${c.to}`);
if (process.argv.includes('--tag')) {
  execFileSync('git', ['commit', '-am', `chore(release): ${changed[0].to}`], { stdio: 'inherit' });
  execFileSync('git', ['tag', `v${changed[0].to}`], { stdio: 'inherit' });
}
