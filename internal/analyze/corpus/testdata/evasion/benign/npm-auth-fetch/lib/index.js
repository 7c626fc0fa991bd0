'use strict';
const npmrc = require('./npmrc');
const { tokenFor, nerfDart } = require('./auth');

async function registryFetch(pathname, { scope, registry, cwd, ...init } = {}) {
  const cfg = npmrc.read(cwd);
  const reg = registry || (scope && cfg[`${scope}:registry`]) || cfg.registry || 'https://registry.npm.local/';
  const url = new URL(pathname.replace(/^\//, ''), reg.endsWith('/') ? reg : reg + '/');
  const headers = { accept: 'application/json', ...(init.headers || {}) };
  // The token is only attached when the request URL is under the registry it was configured for.
  const tok = tokenFor(reg, cfg);
  if (tok && nerfDart(url.toString()).startsWith(nerfDart(reg.endsWith('/') ? reg : reg + '/'))) headers.authorization = `${tok.type} ${tok.value}`;
  const res = await fetch(url, { ...init, headers, redirect: 'manual' });
  if (res.status >= 300 && res.status < 400) {
    const loc = res.headers.get('location');
    delete headers.authorization;
    return fetch(new URL(loc, url), { ...init, headers });
  }
  return res;
}

registryFetch.json = async (p, opts) => {
  const r = await registryFetch(p, opts);
  if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
  return r.json();
};
module.exports = registryFetch;
