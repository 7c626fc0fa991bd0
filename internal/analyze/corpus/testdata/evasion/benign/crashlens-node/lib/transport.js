'use strict';
const https = require('https');
const zlib = require('zlib');

/** DSN format: https://<publicKey>@<host>/<projectId>  (copied from your project settings) */
function parseDsn(dsn) {
  const u = new URL(dsn);
  if (u.protocol !== 'https:') throw new Error('crashlens: DSN must use https');
  const projectId = u.pathname.replace(/^\//, '');
  if (!u.username || !projectId) throw new Error('crashlens: invalid DSN');
  return { publicKey: u.username, host: u.host, projectId, endpoint: `https://${u.host}/api/${projectId}/events` };
}

function send(dsn, event) {
  return new Promise((resolve) => {
    const body = zlib.gzipSync(JSON.stringify(event));
    const req = https.request(
      dsn.endpoint,
      {
        method: 'POST',
        timeout: 5000,
        headers: {
          'content-type': 'application/json',
          'content-encoding': 'gzip',
          'x-crashlens-key': dsn.publicKey,
        },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode);
      }
    );
    req.on('error', () => resolve(0));
    req.on('timeout', () => req.destroy());
    req.end(body);
  });
}

module.exports = { parseDsn, send };
