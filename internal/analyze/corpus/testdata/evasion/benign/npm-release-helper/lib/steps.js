'use strict';
const { execFileSync } = require('child_process');
const run = require('./run');

function assertClean() {
  const out = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' });
  if (out.trim()) throw new Error('working tree is not clean:\n' + out);
}

async function release({ bump = 'patch', tag = 'latest', dryRun = false, otp } = {}) {
  assertClean();
  await run('npm', ['test'], { dryRun });
  await run('npm', ['version', bump, '-m', 'chore(release): %s'], { dryRun });
  const pub = ['publish', '--tag', tag];
  if (otp) pub.push('--otp', otp);
  await run('npm', pub, { dryRun });
  await run('git', ['push', '--follow-tags'], { dryRun });
}
module.exports = { release, assertClean };
