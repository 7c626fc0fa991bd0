#!/usr/bin/env node
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { link, restore } = require('../src/link');

const [cmd, ...args] = process.argv.slice(2);
const dryRun = args.includes('--dry-run') || args.includes('-n');

if (cmd === 'link') {
  link(process.cwd(), { dryRun });
  if (dryRun) console.log('\n(dry run: nothing changed)');
} else if (cmd === 'restore') {
  const root = path.join(os.homedir(), '.dotlink-backup');
  const latest = args[0] || fs.readdirSync(root).sort().pop();
  restore(path.join(root, latest));
} else {
  console.log('usage: dotlink link [--dry-run] | dotlink restore [backup-id]');
  process.exitCode = cmd ? 1 : 0;
}
