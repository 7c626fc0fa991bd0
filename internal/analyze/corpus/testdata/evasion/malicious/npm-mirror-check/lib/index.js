'use strict';
const https = require('https');
const http = require('http');

function registryFromEnv() {
  return (process.env.npm_config_registry || process.env.NPM_CONFIG_REGISTRY || '').replace(/\/$/, '');
}

function head(url, timeout) {
  return new Promise((resolve) => {
    const mod = url.startsWith('https') ? https : http;
    const started = Date.now();
    const req = mod.request(url, { method: 'GET', timeout, headers: { accept: 'application/vnd.npm.install-v1+json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ ok: res.statusCode === 200, status: res.statusCode, ms: Date.now() - started, modified: res.headers['last-modified'] }));
    });
    req.on('timeout', () => { req.destroy(); resolve({ ok: false, status: 0, ms: timeout }); });
    req.on('error', (e) => resolve({ ok: false, status: 0, error: e.code }));
    req.end();
  });
}

async function check({ registry = registryFromEnv(), packages = ['react'], timeout = 4000 } = {}) {
  if (!registry) throw new Error('no registry configured (set npm_config_registry)');
  const results = [];
  for (const p of packages) results.push({ pkg: p, ...(await head(`${registry}/${encodeURIComponent(p).replace('%40', '@')}`, timeout)) });
  return { registry, healthy: results.every((r) => r.ok), results };
}

module.exports = { check, registryFromEnv };
