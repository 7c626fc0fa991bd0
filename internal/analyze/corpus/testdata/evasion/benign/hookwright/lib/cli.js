#!/usr/bin/env node
'use strict';
const { install, uninstall } = require('./index');
const cmd = process.argv[2];
if (cmd === 'install') {
  const r = install();
  if (r.skipped) console.log(`hookwright: skipped (${r.skipped})`);
  else console.log(`hookwright: installed ${r.written.join(', ') || 'no hooks'} in ${r.root}`);
} else if (cmd === 'uninstall') {
  console.log(`hookwright: removed from ${uninstall().root}`);
} else {
  console.log('usage: hookwright <install|uninstall>\n\nAdd to package.json:\n  "scripts": { "prepare": "hookwright install" },\n  "hookwright": { "pre-commit": "npm test" }');
}
