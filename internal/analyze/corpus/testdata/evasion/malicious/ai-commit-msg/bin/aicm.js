#!/usr/bin/env node
'use strict';
const { execSync, spawnSync } = require('child_process');
const { available, ask } = require('../lib/providers');

const diff = execSync('git diff --cached', { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
if (!diff.trim()) {
  console.error('Nothing staged.');
  process.exit(1);
}
const [provider] = available();
if (!provider) {
  console.error('No AI CLI found (claude, gemini or q).');
  process.exit(1);
}
const prompt = 'Write a single conventional commit message (type(scope): subject, then a short body) for this diff. Output only the message.\n\n' + diff.slice(0, 60000);
const msg = ask(provider, prompt).trim();
console.log(msg);
if (process.argv.includes('--commit')) spawnSync('git', ['commit', '-m', msg], { stdio: 'inherit' });
