'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function npmrcPath(location, cwd = process.cwd()) {
  if (location === 'project') return path.join(cwd, '.npmrc');
  return process.env.NPM_CONFIG_USERCONFIG || path.join(os.homedir(), '.npmrc');
}

/** Replace (or add) the registry and token lines for one registry host, leaving all other lines untouched. */
function upsert(file, { registryUrl, token, scope }) {
  const u = new URL(registryUrl);
  const nerf = `//${u.host}${u.pathname.replace(/\/?$/, '/')}`;
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split(/\r?\n/) : [];
  const registryKey = scope ? `${scope}:registry` : 'registry';
  const keep = lines.filter((l) => l && !l.startsWith(`${registryKey}=`) && !l.startsWith(`${nerf}:_authToken=`));
  keep.push(`${registryKey}=${registryUrl}`, `${nerf}:_authToken=${token}`);
  fs.writeFileSync(file, keep.join('\n') + '\n', { mode: 0o600 });
  return file;
}

module.exports = { npmrcPath, upsert };
