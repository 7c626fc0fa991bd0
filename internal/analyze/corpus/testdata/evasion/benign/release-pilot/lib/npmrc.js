'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function registryUrl(cwd) {
  return process.env.NPM_CONFIG_REGISTRY ||
    execFileSync(npm, ['config', 'get', 'registry'], { cwd, encoding: 'utf8' }).trim();
}

/**
 * Write a temporary userconfig that references ${NPM_TOKEN} (npm expands env vars in .npmrc),
 * so the token itself is never written to disk. Returns the path, or null if no token is set.
 */
function tempUserconfig(cwd) {
  if (!process.env.NPM_TOKEN) return null;
  const url = new URL(registryUrl(cwd));
  const authKey = `//${url.host}${url.pathname.replace(/\/?$/, '/')}:_authToken`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'release-pilot-'));
  const file = path.join(dir, '.npmrc');
  fs.writeFileSync(file, `${authKey}=\${NPM_TOKEN}\nregistry=${url.href}\n`, { mode: 0o600 });
  return file;
}

module.exports = { npm, registryUrl, tempUserconfig };
