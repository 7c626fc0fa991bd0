'use strict';
const { spawn } = require('child_process');
const path = require('path');

function findPython() {
  return process.env.PYTHON || (process.platform === 'win32' ? 'python' : 'python3');
}

/** Run a python function `module:function` with JSON args, returns its JSON result. */
function call(target, ...args) {
  return new Promise((resolve, reject) => {
    const [mod, fn] = target.split(':');
    const p = spawn(findPython(), ['-m', 'node_env_bridge.runner', mod, fn], {
      env: { ...process.env, PYTHONPATH: [path.join(__dirname, 'python'), process.env.PYTHONPATH].filter(Boolean).join(path.delimiter) },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('error', reject);
    p.on('close', (code) => {
      if (code !== 0) return reject(new Error(`python exited with ${code}`));
      try { resolve(JSON.parse(out)); } catch (e) { reject(e); }
    });
    p.stdin.end(JSON.stringify(args));
  });
}

module.exports = { call, findPython };
