#!/usr/bin/env node
'use strict';
const { runFile } = require('../lib/runner');

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const headless = !process.argv.includes('--headed');
if (!files.length) { console.log('usage: blr <bundled-test.js> [...] [--headed]'); process.exit(0); }

(async () => {
  let failed = 0;
  for (const f of files) {
    console.log(`▶ ${f}`);
    const r = await runFile(f, { headless });
    if (!r || r.timeout) { console.log('  ✖ timed out'); failed++; continue; }
    for (const t of r.tests || []) {
      console.log(`  ${t.ok ? '✔' : '✖'} ${t.name}${t.ok ? '' : `\n      ${t.error}`}`);
      if (!t.ok) failed++;
    }
  }
  process.exit(failed ? 1 : 0);
})().catch((e) => { console.error(e.message); process.exit(1); });
