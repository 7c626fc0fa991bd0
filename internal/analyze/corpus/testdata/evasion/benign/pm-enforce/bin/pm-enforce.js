#!/usr/bin/env node
'use strict';
const { check } = require('..');

const wanted = process.argv[2];
if (!wanted || !['npm', 'pnpm', 'yarn', 'bun'].includes(wanted)) {
  console.error('usage: pm-enforce <npm|pnpm|yarn|bun>');
  process.exit(2);
}
if (process.env.PM_ENFORCE_SKIP === '1') process.exit(0);

const problems = check(wanted);
if (problems.length) {
  const bar = '═'.repeat(60);
  console.error(`\n${bar}\n${problems.map((p) => `  ${p}`).join('\n')}\n${bar}\n`);
  process.exit(1);
}
