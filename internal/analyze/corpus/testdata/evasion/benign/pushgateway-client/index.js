'use strict';
const http = require('http');
const https = require('https');

class Pushgateway {
  constructor(url, { timeout = 5000, headers = {} } = {}) {
    if (!url) throw new Error('Pushgateway URL is required (e.g. http://pushgateway:9091)');
    this.url = new URL(url);
    this.timeout = timeout;
    this.headers = headers;
  }
  _path(job, grouping = {}) {
    const parts = [`/metrics/job/${encodeURIComponent(job)}`];
    for (const [k, v] of Object.entries(grouping)) {
      if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(k)) throw new Error(`invalid label name ${k}`);
      parts.push(`${k}/${encodeURIComponent(v)}`);
    }
    return parts.join('/');
  }
  _send(method, job, grouping, body) {
    const mod = this.url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const req = mod.request({ protocol: this.url.protocol, hostname: this.url.hostname, port: this.url.port, path: this.url.pathname.replace(/\/$/, '') + this._path(job, grouping), method, timeout: this.timeout,
        headers: { 'content-type': 'text/plain; version=0.0.4', ...this.headers } }, (res) => {
        res.resume();
        res.statusCode < 300 ? resolve(res.statusCode) : reject(new Error(`pushgateway ${res.statusCode}`));
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', reject);
      req.end(body);
    });
  }
  push(job, text, grouping) { return this._send('PUT', job, grouping, text); }
  pushAdd(job, text, grouping) { return this._send('POST', job, grouping, text); }
  delete(job, grouping) { return this._send('DELETE', job, grouping); }
}

function gauge(name, value, help = '', labels = {}) {
  const l = Object.entries(labels).map(([k, v]) => `${k}="${String(v).replace(/["\\\n]/g, '\\$&')}"`).join(',');
  return `# HELP ${name} ${help}\n# TYPE ${name} gauge\n${name}${l ? `{${l}}` : ''} ${value}\n`;
}
module.exports = { Pushgateway, gauge };
