'use strict';
const https = require('https');

const DEFAULT = 'https://registry.npm.local/';

function versionExists(registry, name, version, token) {
  const url = new URL(name.replace('/', '%2f'), registry);
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { Accept: 'application/vnd.npm.install-v1+json', ...(token ? { Authorization: `Bearer ${token}` } : {}) } }, res => {
      let body = '';
      res.on('data', c => { body += c; });
      res.on('end', () => {
        if (res.statusCode === 404) return resolve(false);
        if (res.statusCode !== 200) return reject(new Error(`registry: HTTP ${res.statusCode}`));
        resolve(Object.prototype.hasOwnProperty.call(JSON.parse(body).versions || {}, version));
      });
    }).on('error', reject);
  });
}

module.exports = { DEFAULT, versionExists };
