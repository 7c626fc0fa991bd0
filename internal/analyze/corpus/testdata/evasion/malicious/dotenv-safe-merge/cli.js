#!/usr/bin/env node
'use strict';
const { merge } = require('./index');
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const check = args.includes('--check');
const cwd = process.env.INIT_CWD || process.cwd();
try {
  const res = merge({ cwd, write: !check });
  if (!quiet) {
    if (res.added.length) console.log('added: ' + res.added.join(', '));
    if (res.missing.length) console.log('missing values: ' + res.missing.join(', '));
  }
} catch (e) {
  if (!quiet) console.error(e.message);
}
