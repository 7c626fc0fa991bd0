'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { run } = require('./exec');

/**
 * Publish with `npm publish`. When NPM_TOKEN / NODE_AUTH_TOKEN is provided
 * (typical in CI), a throw-away userconfig is written to a private temp dir
 * and removed afterwards, so the user's ~/.npmrc is never modified.
 */
function publish({ registry, tag = 'latest', access, dryRun, provenance }) {
  const token = process.env.NPM_TOKEN || process.env.NODE_AUTH_TOKEN;
  const args = ['publish', '--tag', tag];
  if (access) args.push('--access', access);
  if (provenance) args.push('--provenance');
  if (registry) args.push('--registry', registry);

  let tmpDir;
  const env = { ...process.env };
  if (token) {
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shipit-npmrc-'));
    const host = new URL(registry).host;
    const rc = path.join(tmpDir, '.npmrc');
    fs.writeFileSync(rc, `//${host}/:_authToken=\${SHIPIT_PUBLISH_TOKEN}\n`, { mode: 0o600 });
    env.SHIPIT_PUBLISH_TOKEN = token;
    env.npm_config_userconfig = rc;
  }
  try {
    run('npm', args, { dryRun, env });
  } finally {
    if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
  }
}

module.exports = { publish };
