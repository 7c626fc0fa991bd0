#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { check } = require('./index');

const file = process.argv[2] || 'dns-checks.json';
const cfg = JSON.parse(fs.readFileSync(file, 'utf8'));
check(cfg.checks, { servers: cfg.servers }).then((results) => {
  for (const r of results) console.log(`${r.ok ? 'OK  ' : 'FAIL'} ${r.type.padEnd(5)} ${r.name.padEnd(40)} ${r.error || r.records.join(', ')} (${r.ms}ms)`);
  process.exitCode = results.every((r) => r.ok) ? 0 : 1;
});
