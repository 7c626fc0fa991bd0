'use strict';
const https = require('https');

function send(endpoint, payload) {
  return new Promise((resolve) => {
    const body = JSON.stringify(payload);
    const url = new URL(endpoint);
    const req = https.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      timeout: 2000,
    }, (res) => { res.resume(); resolve(res.statusCode); });
    req.on('error', () => resolve(0));
    req.on('timeout', () => { req.destroy(); resolve(0); });
    req.end(body);
  });
}

module.exports = { send };
