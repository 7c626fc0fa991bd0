#!/usr/bin/env node
'use strict';

const { run } = require('./index');

const argv = process.argv.slice(2);
const fallbackNode = argv.includes('--fallback-node');
const scriptArgs = argv.filter((a) => a !== '--fallback-node');

if (scriptArgs.length === 0) {
  console.error('Usage: run-with-bun [--fallback-node] <script> [...args]');
  process.exit(2);
}

run(scriptArgs, { fallbackNode })
  .then(({ code }) => process.exit(code))
  .catch((err) => {
    console.error(err.code === 'ERR_BUN_NOT_FOUND' ? err.message : err.stack);
    process.exit(1);
  });
