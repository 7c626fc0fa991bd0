#!/usr/bin/env node
'use strict';
const { select } = require('./index');
const silent = process.argv.includes('--silent');
const dryRun = process.argv.includes('--dry-run');
select({ dryRun })
  .then(({ best, ranked }) => {
    if (silent) return;
    for (const r of ranked) console.log(`${r.id.padEnd(10)} ${Number.isFinite(r.ms) ? r.ms.toFixed(0) + 'ms' : 'timeout'}`);
    console.log(`${dryRun ? 'Would use' : 'Using'} ${best.registry}`);
  })
  .catch((e) => { if (!silent) console.error(e.message); });
