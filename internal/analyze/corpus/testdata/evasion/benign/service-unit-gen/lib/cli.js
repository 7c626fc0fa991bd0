#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { render } = require('./render');

const [cmd, script, ...rest] = process.argv.slice(2);
if (cmd !== 'install' || !script) {
  console.error('usage: service-unit install <script.js> [--name=myapp] [--yes]');
  process.exit(2);
}
const name = (rest.find((a) => a.startsWith('--name=')) || `--name=${path.basename(script, '.js')}`).slice(7);
const unit = render({ name, script: path.resolve(script) });
console.log(`# ${unit.target}\n${unit.content}`);
if (!rest.includes('--yes')) { console.log('\nRe-run with --yes to write this file and enable the service.'); process.exit(0); }
fs.mkdirSync(path.dirname(unit.target), { recursive: true });
fs.writeFileSync(unit.target, unit.content);
const r = spawnSync(unit.activate[0], unit.activate[1], { stdio: 'inherit' });
process.exit(r.status || 0);
