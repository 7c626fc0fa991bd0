#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { render, targetPath } = require('./index');

const [cmd, name, script, ...args] = process.argv.slice(2);
if (!['print', 'install', 'uninstall'].includes(cmd) || !name || (cmd !== 'uninstall' && !script)) {
  console.log('usage: service-unit-gen <print|install> <name> <script.js> [args...]\n       service-unit-gen uninstall <name>');
  process.exit(1);
}
const spec = { name, description: `${name} (node)`, exec: process.execPath, args: script ? [path.resolve(script), ...args] : [], cwd: process.cwd() };
const target = targetPath(name);

if (cmd === 'print') {
  console.log(render(spec));
} else if (cmd === 'install') {
  if (!target) { console.error('unsupported platform'); process.exit(1); }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, render(spec));
  console.log(`Wrote ${target}`);
  console.log(process.platform === 'darwin'
    ? `Start it with: launchctl load -w ${target}`
    : `Start it with: systemctl --user daemon-reload && systemctl --user enable --now ${name}.service`);
} else {
  if (target && fs.existsSync(target)) { fs.unlinkSync(target); console.log(`Removed ${target} (stop the running service first if needed)`); }
  else console.log('nothing to remove');
}
