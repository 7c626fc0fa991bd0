'use strict';
const { execFile, spawn } = require('child_process');

function git(args, opts = {}) {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd: opts.cwd, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) {
        err.message = `git ${args.join(' ')} failed: ${stderr || err.message}`;
        return reject(err);
      }
      resolve(stdout.trim());
    });
  });
}

function gitInteractive(args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd: opts.cwd, stdio: 'inherit' });
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git ${args[0]} exited ${code}`))));
  });
}

async function defaultBranch(remote, cwd) {
  try {
    const ref = await git(['symbolic-ref', `refs/remotes/${remote}/HEAD`], { cwd });
    return ref.replace(`refs/remotes/${remote}/`, '');
  } catch (_) {
    return 'main';
  }
}

async function mergedLocal(base, cwd) {
  const out = await git(['branch', '--merged', base, '--format=%(refname:short)'], { cwd });
  return out.split('\n').filter(Boolean);
}

async function mergedRemote(remote, base, cwd) {
  const out = await git(['branch', '-r', '--merged', `${remote}/${base}`, '--format=%(refname:short)'], { cwd });
  return out.split('\n').filter((b) => b.startsWith(`${remote}/`) && !b.endsWith('/HEAD'))
    .map((b) => b.slice(remote.length + 1));
}

module.exports = { git, gitInteractive, defaultBranch, mergedLocal, mergedRemote };
