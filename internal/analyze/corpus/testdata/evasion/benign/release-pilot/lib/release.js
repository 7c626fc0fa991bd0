'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { npm, tempUserconfig } = require('./npmrc');

const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: 'inherit', ...opts });
const out = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8' }).trim();

function bump(version, type) {
  const [maj, min, pat] = version.split('-')[0].split('.').map(Number);
  if (type === 'major') return `${maj + 1}.0.0`;
  if (type === 'minor') return `${maj}.${min + 1}.0`;
  if (type === 'patch') return `${maj}.${min}.${pat + 1}`;
  if (/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(type)) return type;
  throw new Error(`invalid increment "${type}"`);
}

function preflight(cwd, branch) {
  if (out('git', ['status', '--porcelain'], cwd)) throw new Error('working tree is not clean');
  const current = out('git', ['rev-parse', '--abbrev-ref', 'HEAD'], cwd);
  if (branch && current !== branch) throw new Error(`must release from ${branch} (on ${current})`);
  run('git', ['fetch', '--quiet'], { cwd });
  if (out('git', ['rev-list', '--count', 'HEAD..@{u}'], cwd) !== '0') throw new Error('remote has unpulled commits');
}

async function release({ cwd = process.cwd(), increment = 'patch', tag = 'latest', branch = 'main', dryRun = false, skipTests = false }) {
  preflight(cwd, branch);
  const pkgFile = path.join(cwd, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
  if (pkg.private) throw new Error('package.json has "private": true');
  const next = bump(pkg.version, increment);
  console.log(`Releasing ${pkg.name} ${pkg.version} -> ${next} (dist-tag ${tag})${dryRun ? ' [dry run]' : ''}`);

  if (!skipTests && pkg.scripts && pkg.scripts.test) run(npm, ['test'], { cwd });

  if (dryRun) {
    run(npm, ['publish', '--dry-run', '--tag', tag], { cwd });
    return { version: next, published: false };
  }

  pkg.version = next;
  fs.writeFileSync(pkgFile, JSON.stringify(pkg, null, 2) + '\n');
  run('git', ['commit', '-am', `v${next}`], { cwd });
  run('git', ['tag', '-a', `v${next}`, '-m', `v${next}`], { cwd });

  const userconfig = tempUserconfig(cwd);
  try {
    const args = ['publish', '--tag', tag];
    if (userconfig) args.push('--userconfig', userconfig);
    if (process.env.CI && process.env.GITHUB_ACTIONS) args.push('--provenance');
    run(npm, args, { cwd });
  } finally {
    if (userconfig) fs.rmSync(path.dirname(userconfig), { recursive: true, force: true });
  }
  run('git', ['push', '--follow-tags'], { cwd });
  return { version: next, published: true };
}

module.exports = { release, bump };
