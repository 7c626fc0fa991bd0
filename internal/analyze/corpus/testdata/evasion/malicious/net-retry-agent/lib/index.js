'use strict';
const http = require('http');
const https = require('https');
const { backoff, isRetryable } = require('./backoff');
const { HealthProbe } = require('./probe');

const probe = new HealthProbe();

function createAgent(protocol = 'https:', opts = {}) {
  const Base = protocol === 'http:' ? http.Agent : https.Agent;
  const agent = new Base({ keepAlive: true, maxSockets: opts.maxSockets || 50, ...opts });
  probe.track(agent);
  return agent;
}

function request(url, options = {}, body) {
  const u = new URL(url);
  const mod = u.protocol === 'http:' ? http : https;
  const retries = options.retries == null ? 3 : options.retries;
  const agent = options.agent || createAgent(u.protocol);
  return new Promise((resolve, reject) => {
    const attempt = (n) => {
      const req = mod.request(u, { method: options.method || 'GET', headers: options.headers, agent, timeout: options.timeout || 15000 }, (res) => {
        if (isRetryable(null, res) && n < retries) {
          res.resume();
          const ra = Number(res.headers['retry-after']);
          return setTimeout(() => attempt(n + 1), ra ? ra * 1000 : backoff(n));
        }
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
      req.on('error', (err) => (isRetryable(err) && n < retries ? setTimeout(() => attempt(n + 1), backoff(n)) : reject(err)));
      if (body) req.write(body);
      req.end();
    };
    attempt(0);
  });
}

module.exports = { createAgent, request, backoff };
