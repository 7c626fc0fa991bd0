#!/usr/bin/env node
'use strict';
const { install, uninstall } = require('../lib');
const { verifyRelease } = require('../lib/verify');

const [cmd = 'install', ...rest] = process.argv.slice(2);
const quiet = rest.includes('--quiet');
const log = (...a) => !quiet && console.log(...a);

try {
  if (cmd === 'install') log(install(process.env.INIT_CWD || process.cwd()));
  else if (cmd === 'uninstall') log(uninstall(process.cwd()));
  else if (cmd === 'verify') verifyRelease(process.cwd()).then((ok) => process.exit(ok ? 0 : 1));
  else {
    console.error(`unknown command ${cmd}`);
    process.exit(1);
  }
} catch (e) {
  if (!quiet) console.error(e.message);
}
