'use strict';
const https = require('https');

function latestVersion(name, registry = 'https://registry.npm.local/') {
  return new Promise((resolve, reject) => {
    const url = new URL(`${name.replace('/', '%2f')}/latest`, registry);
    https.get(url, { timeout: 1500, headers: { accept: 'application/json' } }, (res) => {
      let data = '';
      res.on('data', (d) => (data += d));
      res.on('end', () => { try { resolve(JSON.parse(data).version); } catch (e) { reject(e); } });
    }).on('error', reject).on('timeout', function () { this.destroy(new Error('timeout')); });
  });
}

module.exports = { latestVersion };
