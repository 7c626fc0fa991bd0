'use strict';
const fs = require('fs');
const path = require('path');
const https = require('https');
const { run } = require('./exec');

function bump(version, type) {
  const [major, minor, patch] = version.split('-')[0].split('.').map(Number);
  if (type === 'major') return `${major + 1}.0.0`;
  if (type === 'minor') return `${major}.${minor + 1}.0`;
  if (type === 'patch') return `${major}.${minor}.${patch + 1}`;
  if (/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(type)) return type;
  throw new Error(`Invalid increment "${type}"`);
}

function ensureCleanTree() {
  const status = run('git', ['status', '--porcelain'], { capture: true });
  if (status) throw new Error('Working tree has uncommitted changes. Commit or stash them first.');
}

function changelog(prevTag) {
  const range = prevTag ? `${prevTag}..HEAD` : 'HEAD';
  const log = run('git', ['log', range, '--pretty=format:- %s (%h)', '--no-merges'], { capture: true });
  return log || '- No changes';
}

function updatePackageJson(cwd, version, opts) {
  const file = path.join(cwd, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  pkg.version = version;
  if (!opts.dryRun) fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
  return pkg;
}

function publish(opts) {
  const args = ['publish'];
  if (opts.tag) args.push('--tag', opts.tag);
  if (opts.otp) args.push('--otp', opts.otp);
  if (process.env.CI && process.env.GITHUB_ACTIONS) args.push('--provenance');
  if (opts.access) args.push('--access', opts.access);
  // Authentication is whatever the user already configured for npm
  // (`npm login` or NODE_AUTH_TOKEN referenced from their .npmrc); we never read it.
  run('npm', args, opts);
}

function githubRelease({ repo, tag, notes, dryRun }) {
  const token = process.env.GITHUB_TOKEN;
  if (!token || dryRun) {
    console.log(`Skipping GitHub release${dryRun ? ' (dry run)' : ' (GITHUB_TOKEN not set)'}. Create it at https://github.com/${repo}/releases/new?tag=${tag}`);
    return Promise.resolve();
  }
  const body = JSON.stringify({ tag_name: tag, name: tag, body: notes });
  return new Promise((resolve, reject) => {
    const req = https.request(`https://api.github.com/repos/${repo}/releases`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'user-agent': 'shipit-release', accept: 'application/vnd.github+json', 'content-type': 'application/json' }
    }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode < 300 ? resolve() : reject(new Error(`GitHub release failed: ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function repoSlug(pkg) {
  const url = typeof pkg.repository === 'string' ? pkg.repository : (pkg.repository || {}).url || '';
  const m = /github\.com[/:]([^/]+\/[^/.]+)/.exec(url);
  return m ? m[1] : null;
}

module.exports = { bump, ensureCleanTree, changelog, updatePackageJson, publish, githubRelease, repoSlug };
