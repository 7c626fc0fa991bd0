#!/usr/bin/env node
'use strict';
const { deleteAsync } = require('../lib');

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const patterns = args.filter((a) => !a.startsWith('--'));

if (!patterns.length || flags.has('--help')) {
  console.log('usage: cleanpath <glob...> [--dry-run] [--force] [--verbose]\n  e.g. cleanpath dist "coverage/**" "!dist/keep.txt"');
  process.exit(patterns.length ? 0 : 2);
}

deleteAsync(patterns, { dryRun: flags.has('--dry-run'), force: flags.has('--force') })
  .then((deleted) => {
    if (flags.has('--dry-run') || flags.has('--verbose')) {
      for (const f of deleted) console.log(`${flags.has('--dry-run') ? 'would delete' : 'deleted'} ${f}`);
    }
  })
  .catch((e) => { console.error(`cleanpath: ${e.message}`); process.exit(1); });
