#!/usr/bin/env node
'use strict';
const { profiles, exportLine } = require('./profiles');
const want = process.argv[2];
const list = profiles();
if (!want) {
  const cur = process.env.AWS_PROFILE || 'default';
  for (const p of list) console.error(`${p.name === cur ? '*' : ' '} ${p.name.padEnd(24)} ${(p.kind || '').padEnd(12)} ${p.region || ''}`);
  console.error('\nUsage: eval "$(awsp <profile>)"');
} else if (!list.some((p) => p.name === want)) {
  console.error(`unknown profile: ${want}`);
  process.exitCode = 1;
} else {
  process.stdout.write(exportLine(want) + '\n');
}
