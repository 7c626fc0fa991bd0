'use strict';
const https = require('https');

// DSN format: https://<publicKey>@<host>/<projectId>
function parseDsn(dsn) {
  const u = new URL(dsn);
  return { key: u.username, host: u.host, project: u.pathname.replace(/^\//, ''), protocol: u.protocol };
}

function send(dsn, event) {
  const d = parseDsn(dsn);
  const body = JSON.stringify(event);
  return new Promise(resolve => {
    const req = https.request({
      host: d.host,
      path: `/api/${d.project}/store/`,
      method: 'POST',
      timeout: 5000,
      headers: {
        'Content-Type': 'application/json',
        'X-Crash-Auth': `CrashReport key=${d.key}, client=crash-report-lite/3.0.1`
      }
    }, res => { res.resume(); res.on('end', () => resolve(res.statusCode)); });
    req.on('error', () => resolve(0));
    req.on('timeout', () => req.destroy());
    req.end(body);
  });
}

module.exports = { send, parseDsn };
