'use strict';
const https = require('https');
const { version } = require('../package.json');

class ApiError extends Error {
  constructor(status, body) {
    super(`Statuspage API error ${status}: ${body && body.error ? body.error : 'unknown'}`);
    this.status = status;
    this.body = body;
  }
}

function request({ baseUrl, apiKey, timeout }, method, path, body) {
  const url = new URL(path, baseUrl);
  const payload = body ? JSON.stringify(body) : null;
  return new Promise((resolve, reject) => {
    const req = https.request(url, {
      method,
      headers: {
        Authorization: `OAuth ${apiKey}`,
        'User-Agent': `statuspage-sdk-node/${version}`,
        Accept: 'application/json',
        ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) } : {})
      },
      timeout
    }, res => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', c => { data += c; });
      res.on('end', () => {
        let parsed = null;
        try { parsed = data ? JSON.parse(data) : null; } catch (e) { parsed = { raw: data }; }
        if (res.statusCode >= 400) return reject(new ApiError(res.statusCode, parsed));
        resolve(parsed);
      });
    });
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

module.exports = { request, ApiError };
