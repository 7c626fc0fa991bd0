#!/usr/bin/env node
'use strict';
// Usage: tiny-tpl views/*.tpl > templates.json
const fs = require('fs');
const path = require('path');
const { compile } = require('../lib/compile');

const out = {};
for (const f of process.argv.slice(2)) {
  out[path.basename(f, path.extname(f))] = compile(fs.readFileSync(f, 'utf8')).source;
}
process.stdout.write(JSON.stringify(out, null, 2) + '\n');
