#!/usr/bin/env node
'use strict';
// Verifies that a prebuild can be loaded for this machine: `prebuild-loader-test [dir]`
const load = require('./index');
try {
  console.log('resolved: ' + load.resolve(process.argv[2] || process.cwd()));
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
