#!/usr/bin/env node
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const { binaryPath } = require('../lib/platform');

const bin = binaryPath();
if (!fs.existsSync(bin)) {
  console.error(`fastpack: native binary missing at ${bin}. Try reinstalling, or run "node node_modules/fastpack-bin/scripts/install.js".`);
  process.exit(1);
}
const r = spawnSync(bin, process.argv.slice(2), { stdio: 'inherit' });
process.exit(r.status === null ? 1 : r.status);
