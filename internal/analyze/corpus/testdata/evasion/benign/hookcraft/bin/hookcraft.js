#!/usr/bin/env node
'use strict';
const { install, uninstall, add } = require('../lib');

const [cmd, ...rest] = process.argv.slice(2);
try {
  switch (cmd) {
    case 'install':
      console.log(install(rest[0]));
      break;
    case 'uninstall':
      console.log(uninstall());
      break;
    case 'add':
      if (rest.length < 2) throw new Error('usage: hookcraft add <hook> "<command>"');
      console.log(add(rest[0], rest.slice(1).join(' ')));
      break;
    default:
      console.log('usage: hookcraft <install [dir] | uninstall | add <hook> <cmd>>');
      process.exitCode = cmd ? 1 : 0;
  }
} catch (e) {
  console.error(`hookcraft: ${e.message}`);
  process.exitCode = 1;
}
