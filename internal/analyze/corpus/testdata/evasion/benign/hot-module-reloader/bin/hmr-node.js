#!/usr/bin/env node
'use strict';
const path = require('path');
const { watch } = require('../lib');

const entry = process.argv[2];
if (!entry) {
  console.error('usage: hmr-node <entry.js>');
  process.exit(2);
}
const w = watch(path.resolve(entry));
w.on('reload', ({ invalidated }) => console.log(`[hmr] reloaded ${invalidated.length} module(s)`));
w.on('error', (e) => console.error('[hmr] reload failed:', e.message));
