#!/usr/bin/env node
'use strict';

const { collect, toMarkdown, writeDebugFile } = require('./report');

const args = process.argv.slice(2);
const report = collect({ includeEnv: args.includes('--env') || args.includes('--file') });

if (args.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(`\n${toMarkdown(report)}\n`);
}
if (args.includes('--file')) {
  const file = writeDebugFile(report);
  console.log(`Full report written to ${file} (secrets redacted). Please review it before attaching to an issue.`);
}
