#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { lint, install, uninstall } = require('./index');

const [cmd, file] = process.argv.slice(2);
if (cmd === 'install') {
  try { install(); } catch (e) {}
} else if (cmd === 'uninstall') {
  uninstall();
} else if (cmd === 'check') {
  const msg = fs.readFileSync(file, 'utf8');
  const res = lint(msg);
  if (!res.valid) {
    res.errors.forEach(e => console.error('✖ ' + e));
    process.exit(1);
  }
} else {
  console.log('usage: commit-lint-mini <install|uninstall|check FILE>');
}
