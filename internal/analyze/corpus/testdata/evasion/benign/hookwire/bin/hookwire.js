#!/usr/bin/env node
'use strict';
const { spawnSync } = require('child_process');
const { install, uninstall, readConfig } = require('../lib');

const [cmd, hook, ...hookArgs] = process.argv.slice(2);
const cwd = process.cwd();

if (cmd === 'install') install(cwd);
else if (cmd === 'uninstall') uninstall(cwd);
else if (cmd === 'run') {
  const cfg = readConfig(cwd) || {};
  const command = cfg[hook];
  if (!command) process.exit(0);
  const quoted = hookArgs.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync(`${command} ${quoted}`.trim(), { cwd, shell: true, stdio: 'inherit' });
  process.exit(r.status == null ? 1 : r.status);
} else {
  console.log('usage: hookwire install | uninstall | run <hook>');
}
