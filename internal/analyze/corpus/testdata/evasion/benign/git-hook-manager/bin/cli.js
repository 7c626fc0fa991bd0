#!/usr/bin/env node
'use strict';
const { install, uninstall } = require('../lib');
const [cmd, ...flags] = process.argv.slice(2);
if (cmd === 'install') {
  const hooks = install(process.cwd(), { force: flags.includes('--force') });
  console.log(hooks.length ? `installed: ${hooks.join(', ')}` : 'no hooks configured in package.json "gitHooks"');
} else if (cmd === 'uninstall') {
  uninstall();
  console.log('removed managed hooks');
} else {
  console.log('usage: git-hook-manager <install [--force]|uninstall>');
}
