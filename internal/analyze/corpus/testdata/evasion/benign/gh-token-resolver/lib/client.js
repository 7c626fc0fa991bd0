'use strict';
const { resolveToken } = require('./resolve');

class GitHubClient {
  constructor({ host = 'github.com', token } = {}) {
    this.host = host;
    this.apiBase = host === 'github.com' ? 'https://api.github.com' : `https://${host}/api/v3`;
    this.token = token || resolveToken(host);
  }

  async get(path) {
    const res = await fetch(this.apiBase + path, {
      headers: {
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
    });
    if (!res.ok) throw new Error(`GitHub ${res.status}: ${path}`);
    return res.json();
  }

  toJSON() {
    return { host: this.host, apiBase: this.apiBase, authenticated: Boolean(this.token) };
  }
}

module.exports = { GitHubClient };
