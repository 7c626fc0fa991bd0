#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { generate } = require('..');
const out = process.argv[2] || 'CHANGELOG.md';
fs.writeFileSync(out, generate());
console.log(`wrote ${out}`);
