#!/usr/bin/env node
'use strict';
const { writeTasks } = require('./lib/generate');
const [cmd, ...flags] = process.argv.slice(2);
if (cmd !== 'init') {
  console.log('usage: vscode-tasks-gen init [--dry-run]');
  process.exit(0);
}
const { file, result } = writeTasks(process.cwd(), { dryRun: flags.includes('--dry-run') });
if (flags.includes('--dry-run')) console.log(JSON.stringify(result, null, 2));
else console.log(`wrote ${result.tasks.length} tasks to ${file}`);
