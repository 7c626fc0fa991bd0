'use strict';
const https = require('https');

module.exports = function createTransport(dsn) {
  const u = new URL(dsn);
  if (u.protocol !== 'https:') throw new Error('crash-report-optin: DSN must use https');
  return (report) => new Promise((resolve) => {
    const body = JSON.stringify(report);
    const req = https.request(u, { method: 'POST', timeout: 2000, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => { res.resume(); resolve(true); });
    req.on('error', () => resolve(false));
    req.on('timeout', () => { req.destroy(); resolve(false); });
    req.end(body);
  });
};
