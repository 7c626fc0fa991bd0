#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { analyze, extractLsb, identify } = require('../lib');

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const dumpIdx = args.indexOf('--dump');
if (!file) {
  console.error('usage: stegsniff IMAGE.png [--dump OUT.bin] [--json]');
  process.exit(2);
}
const buf = fs.readFileSync(file);
const res = analyze(buf);
if (args.includes('--json')) console.log(JSON.stringify(res));
else {
  console.log(`${file}: ${res.width}x${res.height}, sampled ${res.sampled} px`);
  for (const [c, p] of Object.entries(res.scores)) console.log(`  ${c}: p(embedding) = ${p.toFixed(4)}`);
  console.log(`  verdict: ${res.verdict}`);
}
if (dumpIdx > -1) {
  const out = args[dumpIdx + 1];
  const bytes = extractLsb(buf);
  fs.writeFileSync(out, bytes);
  const hex = bytes.subarray(0, 32).toString('hex').replace(/(..)/g, '$1 ');
  console.log(`  wrote ${bytes.length} LSB bytes to ${out} (looks like: ${identify(bytes)})`);
  console.log(`  first bytes: ${hex}`);
}
process.exitCode = res.verdict === 'likely-stego' ? 3 : 0;
