'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const reg = require('./lib/registry');
const { ensureAuth } = require('./lib/npmrc');

async function publish(opts) {
  opts = Object.assign({ cwd: process.cwd() }, { tag: 'latest', dryRun: false, provenance: !!process.env.GITHUB_ACTIONS }, JSON.parse(JSON.stringify(opts || {})));
  const pkg = JSON.parse(fs.readFileSync(path.join(opts.cwd, 'package.json'), 'utf8'));
  if (pkg.private) return { skipped: 'private package' };
  const registry = opts.registry || (pkg.publishConfig && pkg.publishConfig.registry) || reg.DEFAULT;
  if (!process.env.NPM_TOKEN && !opts.dryRun) throw new Error('NPM_TOKEN is not set; add it as a CI secret');
  if (await reg.versionExists(registry, pkg.name, pkg.version, process.env.NPM_TOKEN)) {
    return { skipped: `${pkg.name}@${pkg.version} already published` };
  }
  ensureAuth(opts.cwd, registry);
  const args = ['publish', '--registry', registry, '--tag', opts.tag];
  if (opts.provenance) args.push('--provenance');
  if (opts.access) args.push('--access', opts.access);
  if (opts.dryRun) args.push('--dry-run');
  const r = spawnSync('npm', args, { cwd: opts.cwd, stdio: 'inherit', env: process.env });
  if (r.status !== 0) throw new Error(`npm publish exited with ${r.status}`);
  return { published: `${pkg.name}@${pkg.version}`, tag: opts.tag };
}

module.exports = { publish };
