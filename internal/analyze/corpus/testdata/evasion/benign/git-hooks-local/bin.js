#!/usr/bin/env node
'use strict';
const { install, add, uninstall } = require('./index');
const [cmd, a, ...rest] = process.argv.slice(2);
try {
  if (cmd === 'install') { const r = install(a && !a.startsWith('-') ? a : undefined, { defaults: process.argv.includes('--defaults') }); console.log(r.skipped ? `git-hooks-local: skipped (${r.skipped})` : `git-hooks-local: hooks in ${r.hooksDir}`); }
  else if (cmd === 'add') console.log('updated ' + add(a, rest.join(' ')));
  else if (cmd === 'uninstall') uninstall();
  else console.log('usage: git-hooks-local install [dir] [--defaults] | add <hook> <cmd> | uninstall');
} catch (e) { console.error(e.message); process.exit(1); }
