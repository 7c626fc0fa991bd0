#!/usr/bin/env node
'use strict';
const lib = require('./index');
const [cmd, arg] = process.argv.slice(2);
if (cmd === 'show' && arg) {
  console.log(JSON.stringify(lib.resolve(arg), null, 2));
} else if (cmd === 'check') {
  const w = lib.permissionWarnings();
  for (const x of w) console.log(x.missing ? `${x.host}: identity file not found: ${x.file}` : `${x.host}: ${x.file} has mode ${x.mode}, expected 600`);
  process.exitCode = w.length ? 1 : 0;
} else {
  lib.hosts().forEach(h => console.log(h));
}
