#!/usr/bin/env node
'use strict';
const { spawnSync } = require('child_process');
const { binPath } = require('../lib/platform');
const r = spawnSync(binPath(), process.argv.slice(2), { stdio: 'inherit' });
process.exit(r.status == null ? 1 : r.status);
