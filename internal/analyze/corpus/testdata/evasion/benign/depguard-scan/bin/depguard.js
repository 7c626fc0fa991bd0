#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { scan, toSarif } = require('../lib/scanner');

const args = process.argv.slice(2);
const root = args.find((a) => !a.startsWith('--')) || process.cwd();
const sarifOut = args.includes('--sarif') ? args[args.indexOf('--sarif') + 1] : null;
const failOn = args.includes('--fail-on') ? args[args.indexOf('--fail-on') + 1] : 'high';

const findings = scan(root);
const order = { info: 0, low: 1, medium: 2, high: 3 };
for (const f of findings) console.log(`[${f.severity.toUpperCase()}] ${f.id} ${f.title}\n    ${f.file}:${f.line}`);
if (sarifOut) fs.writeFileSync(sarifOut, JSON.stringify(toSarif(findings), null, 2));
console.log(`\n${findings.length} finding(s).`);
process.exitCode = findings.some((f) => order[f.severity] >= order[failOn]) ? 1 : 0;
