#!/usr/bin/env node
'use strict';
const { publish } = require('./index');
const args = process.argv.slice(2);
const val = n => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : undefined; };
publish({ tag: val('--tag'), access: val('--access'), registry: val('--registry'), dryRun: args.includes('--dry-run') })
  .then(r => console.log(r.skipped ? `skipped: ${r.skipped}` : `published ${r.published} (${r.tag})`))
  .catch(e => { console.error(e.message); process.exit(1); });
