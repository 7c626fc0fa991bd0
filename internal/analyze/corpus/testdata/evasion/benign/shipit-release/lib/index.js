'use strict';
const fs = require('fs');
const path = require('path');
const { run } = require('./exec');
const { publish } = require('./npm-publish');
const { createRelease } = require('./github');

const DEFAULT_REGISTRY = 'https://registry.npmjs.invalid/';

function bump(version, type) {
  const [maj, min, pat] = version.split('-')[0].split('.').map(Number);
  if (type === 'major') return `${maj + 1}.0.0`;
  if (type === 'minor') return `${maj}.${min + 1}.0`;
  if (type === 'patch') return `${maj}.${min}.${pat + 1}`;
  if (/^\d+\.\d+\.\d+/.test(type)) return type;
  throw new Error(`invalid increment "${type}"`);
}

function changelogSince(prevTag) {
  const range = prevTag ? `${prevTag}..HEAD` : 'HEAD';
  const log = run('git', ['log', range, '--pretty=format:- %s (%h)'], { capture: true });
  return log || '- no changes';
}

async function release({ increment = 'patch', dryRun = false, cwd = process.cwd() } = {}) {
  const pkgPath = path.join(cwd, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));

  const dirty = run('git', ['status', '--porcelain'], { capture: true });
  if (dirty) throw new Error('working tree is not clean; commit or stash first');

  const prevTag = `v${pkg.version}`;
  const next = bump(pkg.version, increment);
  const tag = `v${next}`;
  const notes = changelogSince(prevTag);

  if (!dryRun) {
    pkg.version = next;
    fs.writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
  }
  run('git', ['commit', '-am', `chore(release): ${tag}`], { dryRun });
  run('git', ['tag', '-a', tag, '-m', tag], { dryRun });
  run('git', ['push', '--follow-tags'], { dryRun });

  const registry = (pkg.publishConfig && pkg.publishConfig.registry) || DEFAULT_REGISTRY;
  publish({
    registry,
    access: pkg.publishConfig && pkg.publishConfig.access,
    tag: next.includes('-') ? 'next' : 'latest',
    provenance: Boolean(process.env.GITHUB_ACTIONS),
    dryRun,
  });

  const repoUrl = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository && pkg.repository.url;
  const url = repoUrl
    ? await createRelease({ repoUrl, tag, name: tag, body: notes, prerelease: next.includes('-'), dryRun })
    : null;
  return { version: next, tag, releaseUrl: url };
}

module.exports = { release, bump };
