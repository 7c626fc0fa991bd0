#!/usr/bin/env node
'use strict';
const { all, add } = require('./lib/registries');
const { current, use } = require('./lib/npm-config');

const [cmd, a, b] = process.argv.slice(2);
const regs = all();

switch (cmd) {
  case 'ls': {
    const cur = current();
    for (const [n, u] of Object.entries(regs)) console.log(`${u === cur ? '*' : ' '} ${n.padEnd(12)} ${u}`);
    break;
  }
  case 'use':
    if (!regs[a]) { console.error(`unknown registry ${a}`); process.exit(1); }
    use(regs[a], process.argv.includes('--project') ? 'project' : 'user');
    console.log(`registry set to ${regs[a]}`);
    break;
  case 'add':
    add(a, b);
    console.log(`added ${a} -> ${b}`);
    break;
  default:
    console.log('usage: registry-switch ls | use <name> [--project] | add <name> <url>');
}
