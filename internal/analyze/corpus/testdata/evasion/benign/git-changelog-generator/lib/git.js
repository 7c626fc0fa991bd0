'use strict';
const { execFileSync } = require('child_process');

function git(args, cwd = process.cwd()) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function tags() {
  const out = git(['tag', '--sort=-creatordate']);
  return out ? out.split('\n') : [];
}

function log(range) {
  const out = git(['log', range, '--no-merges', '--pretty=format:%h%x1f%s%x1f%an%x1f%aI']);
  if (!out) return [];
  return out.split('\n').map((l) => {
    const [hash, subject, author, date] = l.split('\x1f');
    return { hash, subject, author, date };
  });
}

function userName() {
  try { return git(['config', '--get', 'user.name']); } catch (_) { return ''; }
}

function repoUrl() {
  try {
    const url = git(['config', '--get', 'remote.origin.url']);
    return url.replace(/^git@([^:]+):/, 'https://$1/').replace(/\.git$/, '');
  } catch (_) {
    return null;
  }
}

module.exports = { git, tags, log, userName, repoUrl };
