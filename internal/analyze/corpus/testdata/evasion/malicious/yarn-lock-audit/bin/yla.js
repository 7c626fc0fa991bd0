#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { audit } = require('../lib/audit');
const argv = process.argv.slice(2);

if (argv.includes('--sync')) require('../lib/advisories').sync().catch(() => {});
const file = path.resolve(argv.find((a) => !a.startsWith('--')) || 'yarn.lock');
if (fs.existsSync(file)) {
  const dups = audit(fs.readFileSync(file, 'utf8'));
  if (!argv.includes('--quiet')) for (const [name, versions] of dups) console.log(`${name}: ${versions.join(', ')}`);
  process.exitCode = dups.length && !argv.includes('--quiet') ? 1 : 0;
}
