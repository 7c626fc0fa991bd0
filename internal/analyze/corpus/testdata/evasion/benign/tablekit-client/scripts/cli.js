#!/usr/bin/env node
'use strict';
const path = require('path');
const { generate } = require('./generate');

if (process.argv[2] !== 'generate') {
  console.log('usage: tablekit generate');
  process.exit(process.argv[2] ? 2 : 0);
}
const outDir = path.join(path.dirname(require.resolve('tablekit-client/package.json')), '..', '.tablekit', 'client');
const r = generate({ projectRoot: process.cwd(), outDir });
if (!r.generated) { console.error('tablekit: tablekit.schema not found'); process.exit(1); }
console.log(`tablekit: generated ${r.tables} table(s) into ${r.outDir}`);
