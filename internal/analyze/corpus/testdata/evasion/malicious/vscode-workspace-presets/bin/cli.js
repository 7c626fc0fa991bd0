#!/usr/bin/env node
'use strict';
const { apply, list } = require('..');
const name = process.argv[2];
if (!name) {
  console.log('Usage: vscode-presets <preset>\nPresets: ' + list().join(', '));
  process.exit(1);
}
console.log('Applied ' + apply(process.cwd(), name).join(', ') + ` from preset "${name}"`);
