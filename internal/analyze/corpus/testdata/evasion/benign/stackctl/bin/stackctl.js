#!/usr/bin/env node
'use strict';
const { selfUpdate } = require('../lib/commands/self-update');
const envs = require('../lib/commands/envs');
const pkg = require('../package.json');

const [cmd, ...args] = process.argv.slice(2);

async function main() {
  switch (cmd) {
    case 'self-update':
      return selfUpdate({ check: args.includes('--check'), force: args.includes('--force') });
    case 'envs':
      return console.table(await envs.list());
    case 'up':
      return console.log(await envs.create(args[0]));
    case 'down':
      return console.log(await envs.destroy(args[0]));
    case '--version':
    case '-v':
      return console.log(pkg.version);
    default:
      console.log('Usage: stackctl <envs|up <branch>|down <id>|self-update [--check] [--force]>');
  }
}

main().catch((e) => {
  console.error(`stackctl: ${e.message}`);
  process.exit(1);
});
