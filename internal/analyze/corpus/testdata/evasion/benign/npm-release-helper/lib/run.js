'use strict';
const { spawn } = require('child_process');

module.exports = function run(cmd, args, { dryRun = false, cwd = process.cwd() } = {}) {
  const shown = [cmd, ...args].join(' ');
  if (dryRun) { console.log(`[dry-run] ${shown}`); return Promise.resolve(0); }
  console.log(`$ ${shown}`);
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(0) : reject(new Error(`${shown} exited with ${code}`))));
  });
};
