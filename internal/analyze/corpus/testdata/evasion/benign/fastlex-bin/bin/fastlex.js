#!/usr/bin/env node
'use strict';
const { spawnSync } = require('child_process');
const { binaryPath } = require('../lib/index.js');

const res = spawnSync(binaryPath(), process.argv.slice(2), { stdio: 'inherit' });
if (res.error) {
  console.error(`fastlex: could not start native binary (${res.error.message}). Try reinstalling fastlex-bin.`);
  process.exit(1);
}
process.exit(res.status === null ? 1 : res.status);
