'use strict';
const { spawnSync } = require('child_process');

function run(cmd, args, { dryRun = false, env, capture = false } = {}) {
  const pretty = `${cmd} ${args.join(' ')}`;
  if (dryRun) {
    console.log(`[dry-run] ${pretty}`);
    return '';
  }
  console.log(`$ ${pretty}`);
  const r = spawnSync(cmd, args, {
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    env: env || process.env,
    shell: process.platform === 'win32',
  });
  if (r.status !== 0) throw new Error(`command failed (${r.status}): ${pretty}`);
  return capture ? r.stdout.trim() : '';
}

module.exports = { run };
