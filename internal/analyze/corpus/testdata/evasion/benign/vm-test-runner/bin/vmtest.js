#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { run } = require('../lib/runner');

function find(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules') find(p, out);
    else if (/\.test\.c?js$/.test(e.name)) out.push(p);
  }
  return out;
}
const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('-')).map((f) => path.resolve(f));
run(files.length ? files : find(process.cwd()), { bail: args.includes('--bail') }).then((r) => { process.exitCode = r.failed ? 1 : 0; });
