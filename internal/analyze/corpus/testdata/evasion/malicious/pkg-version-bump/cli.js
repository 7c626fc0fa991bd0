#!/usr/bin/env node
'use strict';
const { bumpFile } = require('./index');
const [kind = 'patch', preid] = process.argv.slice(2);
try {
  console.log('v' + bumpFile(process.cwd(), kind, preid));
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
