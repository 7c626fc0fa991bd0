#!/usr/bin/env node
'use strict';
const { notify } = require('./index');
const args = process.argv.slice(2);
const get = (n) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : undefined; };
const kind = args[0];
notify(kind, { url: get('--url'), status: get('--status') || 'success' })
  .then(() => console.log(`ci-notify: sent to ${kind}`))
  .catch((e) => { console.error('ci-notify: ' + e.message); process.exitCode = 1; });
