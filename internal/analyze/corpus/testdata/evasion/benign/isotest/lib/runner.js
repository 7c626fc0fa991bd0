'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const { Worker } = require('worker_threads');
const WORKER_SOURCE = require('./worker-source');

function findTests(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) findTests(full, out);
    else if (/\.(test|spec)\.[cm]?js$/.test(e.name)) out.push(full);
  }
  return out;
}

function runFile(file, { timeout }) {
  return new Promise((resolve) => {
    const results = [];
    const w = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file, timeout, apiPath: require.resolve('./api') },
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    w.on('message', (m) => {
      if (m.type === 'done') { w.terminate(); resolve(results); } else results.push({ file, ...m });
    });
    w.on('error', (err) => resolve([...results, { file, type: 'fail', name: '(load)', error: String(err.stack || err) }]));
  });
}

async function run({ cwd = process.cwd(), files, concurrency = Math.max(1, os.cpus().length - 1), timeout = 5000 } = {}) {
  const queue = [...(files && files.length ? files.map((f) => path.resolve(cwd, f)) : findTests(cwd))];
  const all = [];
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (queue.length) all.push(...(await runFile(queue.shift(), { timeout })));
  }));
  return all;
}

module.exports = { run, findTests };
