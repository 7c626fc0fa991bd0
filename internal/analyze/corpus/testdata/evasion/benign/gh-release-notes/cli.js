#!/usr/bin/env node
'use strict';
const { run } = require('./index');
const args = process.argv.slice(2);
const opt = n => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : undefined; };
run({ tag: opt('--tag'), since: opt('--since'), draft: args.includes('--draft'), dryRun: args.includes('--dry-run') })
  .then(r => console.log(r.url || r.body))
  .catch(e => { console.error(e.message); process.exit(1); });
