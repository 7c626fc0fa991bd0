'use strict';
const { spawnSync } = require('child_process');

function run(cmd, args, { dryRun = false, capture = false, env } = {}) {
  const printable = `${cmd} ${args.join(' ')}`;
  if (dryRun) {
    console.log(`[dry-run] ${printable}`);
    return '';
  }
  console.log(`$ ${printable}`);
  const res = spawnSync(cmd, args, {
    encoding: 'utf8',
    stdio: capture ? ['inherit', 'pipe', 'inherit'] : 'inherit',
    env: { ...process.env, ...env },
    shell: process.platform === 'win32' && cmd === 'npm'
  });
  if (res.status !== 0) throw new Error(`${printable} failed with exit code ${res.status}`);
  return capture ? res.stdout.trim() : '';
}

module.exports = { run };
