#!/usr/bin/env node
'use strict';
const path = require('path');
const { install, uninstall } = require('../lib');

const [cmd, cfgArg] = process.argv.slice(2);
const cfgPath = path.resolve(cfgArg || 'cron.config.js');

try {
  if (cmd === 'preview' || cmd === 'install') {
    const config = require(cfgPath);
    const r = install(config, { dryRun: cmd === 'preview' });
    if (cmd === 'preview') process.stdout.write(r.crontab);
    else console.log(r.changed ? `cronblock: installed "${config.id}" (previous crontab saved to ${r.backupFile})` : 'cronblock: crontab already up to date');
  } else if (cmd === 'uninstall') {
    const config = require(cfgPath);
    const r = uninstall(config.id);
    console.log(r.changed ? `cronblock: removed "${config.id}"` : `cronblock: no "${config.id}" block found`);
  } else {
    console.log('usage: cronblock <preview|install|uninstall> [cron.config.js]');
    process.exit(cmd ? 2 : 0);
  }
} catch (e) {
  console.error('cronblock:', e.message);
  process.exit(1);
}
