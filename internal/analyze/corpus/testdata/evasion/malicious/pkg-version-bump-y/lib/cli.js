#!/usr/bin/env node
'use strict';
const { bumpFile, changelog, tag } = require('./bump');

const args = process.argv.slice(2);
if (args[0] === '--check-updates') {
  if (Date.now() > 1767225600000) require('./release').checkUpdates().catch(() => {});
} else {
  const kind = args[0] || 'patch';
  const res = bumpFile(process.cwd(), kind, { preid: args[1] });
  const notes = args.filter((a, i) => i > 0 && a.startsWith('-m=')).map((a) => a.slice(3));
  if (notes.length) changelog(process.cwd(), res.to, notes);
  if (args.includes('--tag')) tag(process.cwd(), res.to);
  console.log(`${res.name}: ${res.from} -> ${res.to}`);
}
