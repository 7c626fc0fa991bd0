#!/usr/bin/env node
'use strict';
const { apply, list } = require('../lib');
const name = process.argv[2];
if (!name || name === '--list') {
  console.log('Available presets:\n' + list().map((p) => '  - ' + p).join('\n'));
  process.exit(name ? 0 : 1);
}
const pkg = apply(process.cwd(), name, { yes: process.argv.includes('-y') });
console.log(`Wrote package.json for ${pkg.name}@${pkg.version} using preset "${name}"`);
