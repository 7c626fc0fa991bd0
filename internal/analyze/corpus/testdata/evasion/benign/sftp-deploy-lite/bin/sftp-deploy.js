#!/usr/bin/env node
'use strict';
const { loadConfig } = require('../lib/config');
const { deploy } = require('../lib/deploy');

const args = process.argv.slice(2);
const i = args.indexOf('--config');
const cfg = loadConfig(process.cwd(), i >= 0 ? args[i + 1] : undefined);
deploy(cfg, { dryRun: args.includes('--dry-run') })
  .then(() => console.log('Deploy finished'))
  .catch((e) => { console.error(`sftp-deploy: ${e.message}`); process.exit(1); });
