#!/usr/bin/env node
const { merged } = require('..');
const { execFileSync } = require('child_process');
for (const b of merged(process.argv[2])) { console.log('deleting', b); execFileSync('git', ['branch', '-d', b]); }
