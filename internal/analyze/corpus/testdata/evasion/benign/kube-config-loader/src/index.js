'use strict';
const https = require('https');
const { execFileSync } = require('child_process');
const { loadDefault } = require('./config');

function execCredential(exec) {
  const env = { ...process.env };
  for (const e of exec.env || []) env[e.name] = e.value;
  const out = execFileSync(exec.command, exec.args || [], { env, encoding: 'utf8' });
  return JSON.parse(out).status.token;
}

class KubeClient {
  constructor(cfg = loadDefault()) {
    this.cfg = cfg;
    if (cfg.exec && !cfg.token) cfg.token = execCredential(cfg.exec);
  }

  request(method, p, body) {
    const u = new URL(p, this.cfg.server);
    return new Promise((resolve, reject) => {
      const req = https.request({
        method, hostname: u.hostname, port: u.port, path: u.pathname + u.search,
        ca: this.cfg.ca, cert: this.cfg.cert, key: this.cfg.key, rejectUnauthorized: !this.cfg.insecure,
        headers: { Accept: 'application/json', ...(this.cfg.token ? { Authorization: `Bearer ${this.cfg.token}` } : {}), ...(body ? { 'Content-Type': 'application/json' } : {}) },
      }, (res) => {
        let d = '';
        res.on('data', (c) => (d += c));
        res.on('end', () => (res.statusCode < 400 ? resolve(JSON.parse(d)) : reject(new Error(`${res.statusCode} ${d}`))));
      });
      req.on('error', reject);
      req.end(body ? JSON.stringify(body) : undefined);
    });
  }

  listPods(ns = this.cfg.namespace) {
    return this.request('GET', `/api/v1/namespaces/${ns}/pods`);
  }
}

module.exports = { KubeClient };
