#!/usr/bin/env node
'use strict';
const path = require('path');
const { merge } = require('./index');
const args = process.argv.slice(2);
const preset = args.find(a => !a.startsWith('--')) || '.vscode-team.json';
try {
  const r = merge(process.cwd(), path.resolve(preset), { overwrite: args.includes('--overwrite'), watchOnOpen: args.includes('--watch-on-open') });
  console.log(`settings: ${r.settings.length} key(s), extensions: ${r.extensions.length ? 'updated' : 'unchanged'}, tasks: ${r.tasks.length ? 'updated' : 'unchanged'}`);
} catch (e) { console.error(e.message); process.exit(1); }
