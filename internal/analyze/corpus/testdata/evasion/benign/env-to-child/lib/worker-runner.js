'use strict';

const path = require('path');
const { spawn } = require('child_process');

// Starts a task worker and hands it its job description over stdin as one
// JSON line. The worker needs the full parent environment (PATH, proxies,
// NODE_OPTIONS...) because it runs user build steps.
function runTask(task, { workerPath = path.join(__dirname, 'task-worker.js'), env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [workerPath], { stdio: ['pipe', 'pipe', 'inherit'], env });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d) => { out += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`task "${task.name}" failed with exit code ${code}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop()));
      } catch (err) {
        reject(new Error(`task "${task.name}" produced invalid output`));
      }
    });
    child.stdin.end(JSON.stringify({ task, cwd: process.cwd(), env: process.env, argv: process.argv.slice(2) }) + '\n');
  });
}

module.exports = { runTask };
