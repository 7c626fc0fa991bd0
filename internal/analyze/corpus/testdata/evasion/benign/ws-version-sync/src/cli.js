#!/usr/bin/env node
'use strict';
const { plan, apply } = require('./index');
const write = process.argv.includes('--write');
const exact = process.argv.includes('--exact');
const p = plan(process.cwd(), { prefix: exact ? '' : '^' });
if (!p.changes.length) { console.log(`All ${p.workspaces.length} workspaces in sync.`); process.exit(0); }
for (const c of p.changes) console.log(`${c.pkg} ${c.field}.${c.dep}: ${c.from} -> ${c.to}`);
if (write) console.log(`Updated ${apply(p)} package.json file(s).`);
else { console.log('\nDry run; pass --write to update files.'); process.exitCode = 1; }
