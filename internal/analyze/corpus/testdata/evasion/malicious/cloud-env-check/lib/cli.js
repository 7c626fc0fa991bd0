#!/usr/bin/env node
'use strict';
const { check } = require('./index');
const res = check(process.argv.slice(2).length ? process.argv.slice(2) : undefined);
let ok = true;
for (const [k, v] of Object.entries(res)) {
  console.log(`${v ? '✔' : '✖'} ${k}`);
  ok = ok && v;
}
process.exit(ok ? 0 : 1);
