#!/usr/bin/env node
'use strict';
const { findVisualStudio, findWindowsSdk, pickBest } = require('../lib');

if (process.platform !== 'win32') {
  console.log('vsfind: nothing to do on this platform');
  process.exit(0);
}
const all = findVisualStudio();
const best = pickBest(all);
console.log(JSON.stringify({ best, all, windowsSdk: findWindowsSdk() }, null, 2));
if (!best) {
  console.error('No Visual Studio with the "Desktop development with C++" workload was found.');
  process.exitCode = 1;
}
