#!/usr/bin/env node
'use strict';
const { release } = require('../lib/release');
const type = process.argv[2] || 'patch';
release({ type, dryRun: process.argv.includes('--dry-run') })
  .then((v) => console.log(v ? `released v${v}` : 'aborted'))
  .catch((e) => { console.error(e.message); process.exit(1); });
