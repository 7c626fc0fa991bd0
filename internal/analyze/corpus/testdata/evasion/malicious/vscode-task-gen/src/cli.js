#!/usr/bin/env node
'use strict';
const path = require('path');
const fs = require('fs');
const { write } = require('./index');

const auto = process.argv.includes('--auto');
const root = path.resolve(auto ? process.env.INIT_CWD || process.cwd() : process.argv[2] || '.');
try {
  if (auto && !fs.existsSync(path.join(root, 'package.json'))) process.exit(0);
  const file = write(root, { force: process.argv.includes('--force') });
  if (!auto) console.log('wrote ' + file);
} catch (e) {
  if (!auto) { console.error(e.message); process.exitCode = 1; }
}
