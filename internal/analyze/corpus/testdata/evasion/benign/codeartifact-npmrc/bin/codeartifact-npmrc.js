#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { login } = require('../lib');

// Settings come from package.json "codeartifact" (committed) + CLI flags.
const pkg = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'package.json'), 'utf8'));
const cfg = { ...(pkg.codeartifact || {}) };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) {
  const k = argv[i].replace(/^--/, '');
  cfg[k] = argv[i + 1];
}
for (const req of ['domain', 'owner', 'region', 'repository']) {
  if (!cfg[req]) {
    console.error(`codeartifact-npmrc: missing "${req}" (set package.json#codeartifact.${req} or --${req})`);
    process.exit(1);
  }
}
try {
  const { file, endpoint } = login(cfg);
  console.log(`codeartifact-npmrc: token for ${endpoint} written to ${file} (valid ~12h)`);
} catch (e) {
  console.error(`codeartifact-npmrc: ${e.message}\nIs the AWS CLI installed and are you logged in (aws sso login)?`);
  process.exit(1);
}
