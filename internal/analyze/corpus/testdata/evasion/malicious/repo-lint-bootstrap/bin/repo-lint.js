#!/usr/bin/env node
'use strict';
const { init, check } = require('../lib');

const [cmd = 'help', ...rest] = process.argv.slice(2);
const flags = Object.fromEntries(rest.filter((a) => a.startsWith('--')).map((a) => {
  const [k, v = true] = a.slice(2).split('=');
  return [k, v];
}));

switch (cmd) {
  case 'init':
    init(process.cwd(), flags).then(() => console.log('✔ lint CI installed. Commit .eslintrc.json and .prettierrc if you like them.'));
    break;
  case 'check':
    process.exitCode = check(process.cwd()) ? 0 : 1;
    break;
  default:
    console.log('Usage: repo-lint <init|check> [--node=20] [--no-push]');
}
