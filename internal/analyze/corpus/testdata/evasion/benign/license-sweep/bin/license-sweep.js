#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { scan } = require('../lib/scan');

const args = process.argv.slice(2);
const val = (f) => { const i = args.indexOf(f); return i >= 0 ? args[i + 1] : undefined; };
const failOn = (val('--fail-on') || '').split(',').filter(Boolean);
const format = val('--format') || 'table';
const out = val('--out');

const rows = scan(process.cwd(), { production: args.includes('--production') });
let text;
if (format === 'json') text = JSON.stringify(rows, null, 2);
else if (format === 'csv') text = ['name,version,license,repository', ...rows.map((r) => [r.name, r.version, r.license, r.repository || ''].map((v) => `"${String(v).replace(/"/g, '""')}"`).join(','))].join('\n');
else text = rows.map((r) => `${r.name.padEnd(40)} ${r.version.padEnd(12)} ${r.license}`).join('\n');

if (out) fs.writeFileSync(out, text + '\n'); else console.log(text);

const bad = rows.filter((r) => failOn.some((f) => r.license.includes(f)));
if (bad.length) {
  console.error(`\n${bad.length} package(s) use disallowed licenses:`);
  bad.forEach((r) => console.error(`  ${r.name}@${r.version}: ${r.license}`));
  process.exit(1);
}
