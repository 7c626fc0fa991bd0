'use strict';

const https = require('https');
const http = require('http');

// Resolves the registry like npm does for the *user's* environment:
// npm_config_registry (set by npm/yarn/pnpm when running scripts) or the public one.
function registryUrl(scope) {
  const fromScope = scope && process.env[`npm_config_${scope}:registry`];
  const url = fromScope || process.env.npm_config_registry || 'https://registry.npm.local/';
  return url.endsWith('/') ? url : url + '/';
}

function latestVersion(packageName, { distTag = 'latest', timeout = 10000 } = {}) {
  const scope = packageName.startsWith('@') ? packageName.split('/')[0] : null;
  const url = new URL(encodeURIComponent(packageName).replace(/^%40/, '@'), registryUrl(scope));
  const lib = url.protocol === 'http:' ? http : https;
  return new Promise((resolve, reject) => {
    const req = lib.get(url, {
      headers: { accept: 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*' },
      timeout,
    }, (res) => {
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`Registry responded ${res.statusCode}`)); }
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { body += c; });
      res.on('end', () => {
        try {
          const doc = JSON.parse(body);
          const v = doc['dist-tags'] && doc['dist-tags'][distTag];
          if (!v) return reject(new Error(`No dist-tag ${distTag}`));
          resolve(v);
        } catch (e) { reject(e); }
      });
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

module.exports = { latestVersion, registryUrl };
