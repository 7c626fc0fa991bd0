#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { merge, stringify } = require('./index');

const args = process.argv.slice(2);
let out = null;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '-o' || args[i] === '--out') out = args[++i];
  else files.push(args[i]);
}
if (!files.length) {
  console.error('usage: envfile-merge [-o out] .env .env.local ...');
  process.exit(1);
}
const text = stringify(merge(files));
if (out) fs.writeFileSync(out, text);
else process.stdout.write(text);
