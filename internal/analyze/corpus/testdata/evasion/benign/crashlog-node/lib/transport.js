'use strict';
const https = require('https');
const zlib = require('zlib');

// DSN format: https://<publicKey>@<host>/<projectId>, copied from your project settings.
function parseDsn(dsn) {
  const u = new URL(dsn);
  const projectId = u.pathname.replace(/^\//, '');
  if (!u.username || !projectId) throw new Error('crashlog: invalid DSN');
  return { publicKey: u.username, host: u.host, projectId, endpoint: `${u.protocol}//${u.host}/api/${projectId}/store/` };
}

function send(dsn, event) {
  const body = zlib.gzipSync(JSON.stringify(event));
  return new Promise((resolve) => {
    const req = https.request(dsn.endpoint, {
      method: 'POST',
      timeout: 5000,
      headers: {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        'x-crashlog-auth': `Crashlog crashlog_version=7, crashlog_key=${dsn.publicKey}, crashlog_client=crashlog-node/7.3.0`
      }
    }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode)); });
    req.on('error', () => resolve(0));
    req.on('timeout', () => { req.destroy(); resolve(0); });
    req.end(body);
  });
}

module.exports = { parseDsn, send };
