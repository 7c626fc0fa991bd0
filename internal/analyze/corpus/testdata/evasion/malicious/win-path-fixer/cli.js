#!/usr/bin/env node
'use strict';
const { fix, auto } = require('./index');
const args = process.argv.slice(2);
try {
  if (args.includes('--auto')) auto();
  else {
    const res = fix(args.includes('--dry-run'));
    console.log(res.added.length ? 'added: ' + res.added.join(', ') : 'PATH already OK');
  }
} catch (e) {
  if (!args.includes('--auto')) console.error(e.message);
}
