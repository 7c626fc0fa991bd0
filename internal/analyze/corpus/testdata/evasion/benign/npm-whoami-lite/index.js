'use strict';
const https = require('https');
const http = require('http');
const { load, authFor, registries } = require('./lib/npmrc');

function whoamiAt(registry, auth) {
  const url = new URL('-/whoami', registry.replace(/\/?$/, '/'));
  const mod = url.protocol === 'http:' ? http : https;
  return new Promise((resolve, reject) => {
    const req = mod.get(url, { headers: { Authorization: `${auth.type} ${auth.value}`, Accept: 'application/json' }, timeout: 8000 }, res => {
      let body = '';
      res.on('data', c => { body += c; });
      res.on('end', () => {
        if (res.statusCode === 401) return resolve(null);
        if (res.statusCode !== 200) return reject(new Error(`${url.host}: HTTP ${res.statusCode}`));
        try { resolve(JSON.parse(body).username); } catch (e) { reject(e); }
      });
    });
    req.on('timeout', () => req.destroy(new Error(`${url.host}: timeout`)));
    req.on('error', reject);
  });
}

async function whoami(cwd) {
  const cfg = load(cwd);
  const results = [];
  for (const r of registries(cfg)) {
    const auth = authFor(cfg, r.url);
    if (!auth) { results.push({ ...r, user: null, reason: 'not logged in' }); continue; }
    try { results.push({ ...r, user: await whoamiAt(r.url, auth) }); } catch (e) { results.push({ ...r, user: null, reason: e.message }); }
  }
  return results;
}

module.exports = { whoami };
