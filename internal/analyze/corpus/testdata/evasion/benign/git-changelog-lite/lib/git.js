'use strict';
const { execFileSync } = require('child_process');

const SEP = '\u001e';
function git(args, cwd) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}
exports.lastTag = (cwd) => { try { return git(['describe', '--tags', '--abbrev=0'], cwd); } catch (_) { return null; } };
exports.commits = (from, cwd) => {
  const range = from ? `${from}..HEAD` : 'HEAD';
  const out = git(['log', range, `--pretty=format:%H%x1f%s%x1f%an${SEP}`], cwd);
  return out.split(SEP).map((l) => l.trim()).filter(Boolean).map((l) => {
    const [hash, subject, author] = l.split('\u001f');
    return { hash, subject, author };
  });
};
exports.remoteUrl = (cwd) => { try { return git(['remote', 'get-url', 'origin'], cwd).replace(/\.git$/, '').replace(/^git@([^:]+):/, 'https://$1/'); } catch (_) { return null; } };
