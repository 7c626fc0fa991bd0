#!/usr/bin/env node
'use strict';
const fs = require('fs');
const copy = require('..');
const file = process.argv[2];
const read = file ? Promise.resolve(fs.readFileSync(file, 'utf8')) : new Promise((res) => { let s = ''; process.stdin.on('data', (d) => (s += d)).on('end', () => res(s)); });
read.then(copy).then(() => console.error('copied')).catch((e) => { console.error(e.message); process.exit(1); });
