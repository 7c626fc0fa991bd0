'use strict';
const https = require('https');

function get(url, { json = false, headers = {} } = {}, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { 'user-agent': 'stackctl-updater', ...headers } }, (res) => {
      if ([301, 302, 307, 308].includes(res.statusCode) && redirects > 0) {
        res.resume();
        return resolve(get(res.headers.location, { json, headers }, redirects - 1));
      }
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`GET ${url}: HTTP ${res.statusCode}`));
      }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const buf = Buffer.concat(chunks);
        resolve(json ? JSON.parse(buf.toString('utf8')) : buf);
      });
    }).on('error', reject);
  });
}

module.exports = { get };
