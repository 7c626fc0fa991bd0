'use strict';
const fs = require('fs');
const path = require('path');

function readRunSummaries(workspaceRoot) {
  const dir = path.join(workspaceRoot, '.nx', 'workspace-data', 'runs');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
}

function hitRate(runs) {
  let hits = 0, total = 0;
  for (const run of runs) {
    for (const t of run.tasks || []) {
      total++;
      if (t.cacheStatus === 'local-cache-hit' || t.cacheStatus === 'remote-cache-hit') hits++;
    }
  }
  return total ? hits / total : 0;
}

function slowest(runs, n = 10) {
  return runs.flatMap((r) => r.tasks || [])
    .map((t) => ({ id: t.taskId, ms: (t.endTime || 0) - (t.startTime || 0) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, n);
}

module.exports = { readRunSummaries, hitRate, slowest };
