#!/usr/bin/env node
'use strict';
const { unit, fromPackage, install } = require('./index');
const args = process.argv.slice(2);
const cmd = args[0] || 'print';
const opts = fromPackage(process.cwd());
if (cmd === 'print') process.stdout.write(unit(opts));
else if (cmd === 'install') {
  const file = install(opts, { enable: args.includes('--enable') });
  console.log(`wrote ${file}${args.includes('--enable') ? ' and enabled it' : '\nrun: systemctl --user enable --now ' + opts.name}`);
} else { console.error('usage: systemd-unit-gen [print|install [--enable]]'); process.exit(1); }
