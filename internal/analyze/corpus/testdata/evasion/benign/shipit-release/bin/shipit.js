#!/usr/bin/env node
'use strict';
const { release } = require('../lib');

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run') || args.includes('-d');
const increment = args.find((a) => !a.startsWith('-')) || 'patch';

release({ increment, dryRun })
  .then((r) => console.log(`released ${r.tag}${r.releaseUrl ? ` → ${r.releaseUrl}` : ''}`))
  .catch((e) => {
    console.error(`shipit: ${e.message}`);
    process.exit(1);
  });
