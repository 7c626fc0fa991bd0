#!/usr/bin/env node
'use strict';
const { rebuild } = require('../lib/rebuild');

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i === -1 ? undefined : args[i + 1]; };

rebuild({
  appDir: opt('--module-dir') || process.cwd(),
  version: opt('--version'),
  arch: opt('--arch') || process.arch,
  only: (opt('--only') || '').split(',').filter(Boolean),
  parallel: args.includes('--parallel'),
}).then(() => console.log('Rebuild complete'))
  .catch((e) => { console.error(e.message); process.exit(1); });
