'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const DEFAULT_REGISTRY = 'https://registry.npm.local/';

function parse(text) {
  const out = {};
  for (const raw of String(text).split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line[0] === '#' || line[0] === ';') continue;
    const i = line.indexOf('=');
    if (i < 0) continue;
    out[line.slice(0, i).trim()] = line.slice(i + 1).trim().replace(/\$\{([^}]+)\}/g, (_, k) => process.env[k] || '');
  }
  return out;
}

function load(cwd) {
  const files = [
    process.env.NPM_CONFIG_GLOBALCONFIG,
    process.env.NPM_CONFIG_USERCONFIG || path.join(os.homedir(), '.npmrc'),
    path.join(cwd || process.cwd(), '.npmrc')
  ].filter(Boolean);
  const cfg = {};
  for (const f of files) {
    try { Object.assign(cfg, parse(fs.readFileSync(f, 'utf8'))); } catch (e) {}
  }
  return cfg;
}

function nerf(url) {
  const u = new URL(url);
  return `//${u.host}${u.pathname.replace(/\/?$/, '/')}`;
}

// Token lookup mirrors npm's: the token is keyed by the registry it belongs to
// and is only ever sent to that registry.
function authFor(cfg, registry) {
  const key = nerf(registry);
  if (cfg[`${key}:_authToken`]) return { type: 'Bearer', value: cfg[`${key}:_authToken`] };
  if (cfg[`${key}:_auth`]) return { type: 'Basic', value: cfg[`${key}:_auth`] };
  return null;
}

function registries(cfg) {
  const list = [{ scope: null, url: cfg.registry || DEFAULT_REGISTRY }];
  for (const [k, v] of Object.entries(cfg)) {
    const m = k.match(/^(@[^:]+):registry$/);
    if (m) list.push({ scope: m[1], url: v });
  }
  return list;
}

module.exports = { parse, load, authFor, registries, nerf, DEFAULT_REGISTRY };
