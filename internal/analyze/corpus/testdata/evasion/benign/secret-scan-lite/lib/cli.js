#!/usr/bin/env node
'use strict';
const { execFileSync } = require('child_process');
const { scanPaths } = require('./scan');

let files = process.argv.slice(2);
if (!files.length) {
  files = execFileSync('git', ['diff', '--cached', '--name-only', '--diff-filter=ACM'], { encoding: 'utf8' }).split('\n').filter(Boolean);
}
const findings = scanPaths(files);
for (const f of findings) console.error(`${f.file}:${f.line}  ${f.rule}  ${f.match}`);
if (findings.length) { console.error(`\n${findings.length} potential secret(s) found; commit blocked.`); process.exit(1); }
