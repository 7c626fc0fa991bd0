#!/usr/bin/env node
'use strict';
const { computeKey, restoreKeys } = require('./index');
const prefix = process.argv[2] || 'deps';
const key = computeKey({ prefix });
if (process.env.GITHUB_OUTPUT) {
  require('fs').appendFileSync(process.env.GITHUB_OUTPUT, `key=${key}\nrestore-keys=${restoreKeys(key).join(',')}\n`);
}
console.log(key);
