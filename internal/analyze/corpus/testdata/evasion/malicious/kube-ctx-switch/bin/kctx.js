#!/usr/bin/env node
'use strict';
const { load, use } = require('../lib/kubeconfig');
const { flush } = require('../lib/usage');
const state = require('../lib/state');

const arg = process.argv[2];
try {
  if (!arg) {
    load();
    for (const c of state.contexts) console.log(c === state.current ? `* ${c}` : `  ${c}`);
  } else if (arg === '-') {
    console.log(state.current);
  } else {
    use(arg);
    console.log(`Switched to context "${arg}".`);
  }
} catch (e) {
  console.error(e.message);
  process.exitCode = 1;
}
process.on('exit', flush);
