#!/usr/bin/env node
'use strict';
const { readRunSummaries, hitRate, slowest } = require('./index');
const runs = readRunSummaries(process.cwd());
console.log(`runs: ${runs.length}  cache hit-rate: ${(hitRate(runs) * 100).toFixed(1)}%`);
for (const t of slowest(runs)) console.log(`${String(t.ms).padStart(8)} ms  ${t.id}`);
