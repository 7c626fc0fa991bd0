'use strict';
const { spawnSync } = require('child_process');

function commit(title, body, opts) {
  const args = ['commit', '-m', title];
  if (body && body.trim()) args.push('-m', body.trim());
  if (opts && opts.sign) args.push('-S');
  const r = spawnSync('git', args, { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('git commit failed');
}

module.exports = { commit };
