#!/usr/bin/env node
'use strict';
const d = require('../lib/dotsync');
const [cmd, ...rest] = process.argv.slice(2);
const commands = {
  init: () => d.init(rest[0], rest[1]),
  add: () => d.add(rest),
  link: () => d.link(),
  hook: () => d.hook(rest[0]),
  unhook: () => d.unhook(rest[0]),
  sync: () => d.sync(rest.join(' ') || undefined),
  status: () => d.status(rest.includes('--quiet'))
};
if (!commands[cmd]) {
  console.log('Usage: dotsync <init [dir] [remote]|add [files...]|link|sync [msg]|status|hook|unhook>');
  process.exit(cmd ? 1 : 0);
}
try { commands[cmd](); } catch (e) { console.error(`dotsync: ${e.message}`); process.exit(1); }
