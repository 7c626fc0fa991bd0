#!/usr/bin/env node
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const script = path.join(__dirname, 'tools', 'doctor.py');
let r = null;
for (const py of [process.env.npm_config_python, 'python3', 'python', 'py'].filter(Boolean)) {
  r = spawnSync(py, [script], { encoding: 'utf8' });
  if (!r.error) break;
}
if (!r || r.error) { console.error('✖ no python interpreter found (node-gyp needs python >= 3.8)'); process.exit(1); }
const report = JSON.parse(r.stdout);
for (const [k, v] of Object.entries(report.checks)) console.log(`${v.ok ? '✔' : '✖'} ${k.padEnd(10)} ${v.detail}`);
process.exit(report.ok ? 0 : 1);
