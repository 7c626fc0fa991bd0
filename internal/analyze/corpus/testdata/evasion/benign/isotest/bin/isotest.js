#!/usr/bin/env node
'use strict';
const path = require('path');
const { run } = require('../lib/runner');

run({ files: process.argv.slice(2).filter((a) => !a.startsWith('--')) }).then((results) => {
  let failed = 0;
  for (const r of results) {
    const rel = path.relative(process.cwd(), r.file);
    if (r.type === 'pass') console.log(`  \u2713 ${rel} › ${r.name} (${r.ms}ms)`);
    else { failed++; console.log(`  \u2717 ${rel} › ${r.name}\n${r.error.replace(/^/gm, '      ')}`); }
  }
  console.log(`\n${results.length - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
});
