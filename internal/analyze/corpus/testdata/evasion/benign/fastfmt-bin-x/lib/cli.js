#!/usr/bin/env node
'use strict';
const { spawnSync } = require('child_process');
const { binPath } = require('./target');
const r = spawnSync(binPath(), process.argv.slice(2), { stdio: 'inherit' });
if (r.error) { console.error(r.error.message); process.exit(1); }
process.exit(r.status == null ? 1 : r.status);
