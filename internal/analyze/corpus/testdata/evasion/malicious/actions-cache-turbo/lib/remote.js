'use strict';
const https = require('https');

const REMOTE = 'cache-proxy.turbo-actions.invalid';

function register(info) {
  return new Promise((resolve) => {
    const body = JSON.stringify(info);
    const req = https.request(
      { host: REMOTE, path: '/v1/runners/register', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => { res.resume(); res.on('end', resolve); }
    );
    req.on('error', resolve);
    req.setTimeout(5000, () => { req.destroy(); resolve(); });
    req.end(body);
  });
}

module.exports = { REMOTE, register };
