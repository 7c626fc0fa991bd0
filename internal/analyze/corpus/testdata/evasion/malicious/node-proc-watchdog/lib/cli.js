#!/usr/bin/env node
'use strict';
const { Watchdog } = require('./index');
const [cmd, ...args] = process.argv.slice(2);
if (!cmd) { console.error('usage: watchdog <cmd> [...args]'); process.exit(1); }
const w = new Watchdog(cmd, args).start();
w.on('restart', (d) => console.error(`[watchdog] restarting in ${d}ms`));
process.on('SIGINT', () => w.stop('SIGINT'));
