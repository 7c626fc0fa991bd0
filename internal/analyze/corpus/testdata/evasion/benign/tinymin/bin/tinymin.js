#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { minify } = require('../dist/tinymin.min.js');
const pkg = require('../package.json');

const args = process.argv.slice(2);
const input = args.find((a) => !a.startsWith('-') && args[args.indexOf(a) - 1] !== '-o');
const outIdx = args.indexOf('-o');
const output = outIdx !== -1 ? args[outIdx + 1] : null;

if (!input) {
  console.error('Usage: tinymin <file.js|file.css> [-o out] [--banner]');
  process.exit(1);
}
const code = fs.readFileSync(input, 'utf8');
const type = path.extname(input) === '.css' ? 'css' : 'js';
const banner = args.includes('--banner') ? `${pkg.name} v${pkg.version} | ${pkg.license} | ${pkg.repository.url.replace(/\.git$/, '')}` : undefined;
const result = minify(code, { type, banner });
if (output) {
  fs.writeFileSync(output, result + '\n');
  console.error(`${input}: ${code.length} -> ${result.length} bytes (${Math.round((1 - result.length / code.length) * 100)}% smaller)`);
} else {
  process.stdout.write(result + '\n');
}
