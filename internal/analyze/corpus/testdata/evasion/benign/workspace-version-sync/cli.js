#!/usr/bin/env node
'use strict';
const { plan, apply, commit } = require('./index');
const args = process.argv.slice(2);
const version = args.find(a => /^\d+\.\d+\.\d+/.test(a));
const root = process.cwd();
const changes = plan(root, version);
for (const c of changes) console.log(`${args.includes('--write') ? 'updated' : 'would update'} ${c.name} (${c.file})`);
if (args.includes('--write')) {
  apply(changes);
  if (args.includes('--commit')) commit(root, changes, version);
} else if (changes.length) console.log('\nre-run with --write to apply');
