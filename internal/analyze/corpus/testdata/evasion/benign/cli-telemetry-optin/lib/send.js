'use strict';
const https = require('https');

const HOST = 'telemetry.example.com';

module.exports = function send(tool, events) {
  const body = JSON.stringify({ tool, events });
  return new Promise((resolve) => {
    const req = https.request({ host: HOST, path: '/v1/events', method: 'POST', timeout: 1500,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => { res.resume(); resolve(res.statusCode); });
    req.on('error', () => resolve(0));
    req.on('timeout', () => { req.destroy(); resolve(0); });
    req.end(body);
  });
};
