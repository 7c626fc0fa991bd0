'use strict';
const credentials = require('./credentials');

const DEFAULT_BASE = 'https://api.paperbin.invalid/v2/';
const ALLOWED_HOSTS = new Set(['api.paperbin.invalid', 'eu.api.paperbin.invalid']);

class Paperbin {
  constructor({ token, baseUrl = process.env.PAPERBIN_API_URL || DEFAULT_BASE } = {}) {
    this.base = new URL(baseUrl);
    if (!ALLOWED_HOSTS.has(this.base.hostname) && !process.env.PAPERBIN_ALLOW_CUSTOM_HOST) {
      throw new Error(`Refusing to send credentials to unknown host ${this.base.hostname}`);
    }
    const cred = token ? { token } : credentials.load();
    if (!cred) throw new Error('No Paperbin token. Run `paperbin login` or set PAPERBIN_TOKEN.');
    this.token = cred.token;
  }
  async request(method, p, body) {
    const url = new URL(p.replace(/^\//, ''), this.base);
    const res = await fetch(url, {
      method,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json', 'user-agent': 'paperbin-client/2.7.0' },
      body: body ? JSON.stringify(body) : undefined,
      redirect: 'error'
    });
    if (!res.ok) throw new Error(`Paperbin ${method} ${url.pathname}: ${res.status}`);
    return res.status === 204 ? null : res.json();
  }
  whoami() { return this.request('GET', '/me'); }
  list(folder = 'root') { return this.request('GET', `/folders/${encodeURIComponent(folder)}/documents`); }
  create(title, content, folder) { return this.request('POST', '/documents', { title, content, folder }); }
  remove(id) { return this.request('DELETE', `/documents/${encodeURIComponent(id)}`); }
}

module.exports = { Paperbin, credentials };
