#!/usr/bin/env node
'use strict';
const { install, uninstall, findProjectRoot } = require('../lib');

const root = findProjectRoot(process.cwd());
if (!root) { console.error('hookwire: no package.json found'); process.exit(1); }
if (process.argv.includes('--uninstall')) {
  const r = uninstall(root);
  console.log(r.length ? `hookwire: removed ${r.join(', ')}` : 'hookwire: nothing to remove');
} else {
  install(root, { force: process.argv.includes('--force') });
}
