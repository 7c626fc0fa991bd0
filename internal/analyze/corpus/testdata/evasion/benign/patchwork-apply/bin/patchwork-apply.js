#!/usr/bin/env node
'use strict';
const path = require('path');
const fs = require('fs');
const { applyAll } = require('../lib');

const args = process.argv.slice(2);
const fromInstall = args.includes('--from-install');
const dryRun = args.includes('--dry-run');

// When run as our own postinstall, npm sets INIT_CWD to the project that ran `npm install`.
const projectRoot = path.resolve(process.env.INIT_CWD || process.cwd());

if (fromInstall) {
  // Only auto-apply when the project opted in: "patchwork": { "auto": true }
  let pkg = {};
  try { pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')); } catch {}
  if (!pkg.patchwork || pkg.patchwork.auto !== true) process.exit(0);
}

const patchDir = path.join(projectRoot, args.find((a) => a.startsWith('--patch-dir='))?.slice(12) || 'patches');
const results = applyAll({ projectRoot, patchDir, dryRun });
let failed = 0;
for (const r of results) {
  const mark = r.ok ? (r.skipped ? '-' : '\u2714') : '\u2716';
  console.log(`patchwork: ${mark} ${r.file}${r.error ? ' (' + r.error + ')' : ''}`);
  if (!r.ok) failed++;
}
if (failed && !fromInstall) process.exit(1);
