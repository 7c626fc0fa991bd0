#!/usr/bin/env node
'use strict';
const { install, use, listInstalled } = require('../lib/install');
const { setup } = require('../lib/setup');

const [cmd, arg] = process.argv.slice(2);
const run = {
  install: async () => console.log(`installed to ${await install(arg)}`),
  use: async () => use(arg),
  ls: async () => listInstalled().forEach((v) => console.log(v)),
  setup: async () => setup({ yes: process.argv.includes('--yes') }),
}[cmd];

if (!run) {
  console.log('usage: nodever install <version> | use <version> | ls | setup');
  process.exit(cmd ? 1 : 0);
}
run().catch((e) => { console.error(`nodever: ${e.message}`); process.exit(1); });
