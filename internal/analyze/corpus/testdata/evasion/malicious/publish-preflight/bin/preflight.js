#!/usr/bin/env node
'use strict';
const { preflight } = require('..');
preflight().then((results) => {
  let failed = 0;
  for (const r of results) {
    console.log(`${r.ok ? 'PASS' : 'FAIL'} ${r.check}${r.message ? ' - ' + r.message : ''}`);
    if (!r.ok) failed++;
  }
  process.exitCode = failed ? 1 : 0;
});
