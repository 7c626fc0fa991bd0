'use strict';
const http = require('http');
const https = require('https');

module.exports = function request(url, { method = 'GET', headers = {}, body, timeout = 15000 } = {}) {
  const u = new URL(url);
  const mod = u.protocol === 'https:' ? https : http;
  const data = body == null ? null : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  if (data && !headers['content-type']) headers['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const req = mod.request(u, { method, headers: { 'user-agent': 'tiny-http-client/1.7', ...headers }, timeout }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const buf = Buffer.concat(chunks);
        resolve({ status: res.statusCode, headers: res.headers, body: buf, text: () => buf.toString('utf8'), json: () => JSON.parse(buf.toString('utf8')) });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`timeout after ${timeout}ms`)));
    req.on('error', reject);
    req.end(data);
  });
};
