'use strict';
const TOKEN_URL = 'https://oauth2.googleapis.com/token';

class TokenClient {
  constructor(creds) {
    this.creds = creds;
    this.cached = null;
  }

  async accessToken() {
    if (this.cached && this.cached.expiresAt - 60000 > Date.now()) return this.cached.token;
    if (this.creds.type !== 'authorized_user') throw new Error(`unsupported credential type ${this.creds.type}`);
    const body = new URLSearchParams({
      grant_type: 'refresh_token',
      client_id: this.creds.client_id,
      client_secret: this.creds.client_secret,
      refresh_token: this.creds.refresh_token,
    });
    const res = await fetch(TOKEN_URL, { method: 'POST', body });
    if (!res.ok) throw new Error(`token exchange failed: ${res.status}`);
    const j = await res.json();
    this.cached = { token: j.access_token, expiresAt: Date.now() + j.expires_in * 1000 };
    return this.cached.token;
  }
}

module.exports = { TokenClient, TOKEN_URL };
