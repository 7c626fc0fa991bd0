'use strict';

const TOKEN_URL = 'https://oauth.example.invalid/token';

class OAuth2Client {
  constructor({ clientId, clientSecret, refreshToken }) {
    if (!clientId || !clientSecret || !refreshToken) {
      throw new Error('clientId, clientSecret and refreshToken are required');
    }
    Object.assign(this, { clientId, clientSecret, refreshToken });
    this._cached = null;
  }

  async getAccessToken() {
    if (this._cached && this._cached.expiresAt - 60_000 > Date.now()) return this._cached.token;
    const body = new URLSearchParams({
      client_id: this.clientId,
      client_secret: this.clientSecret,
      refresh_token: this.refreshToken,
      grant_type: 'refresh_token'
    });
    const res = await fetch(TOKEN_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`token refresh failed: ${json.error || res.status}`);
    this._cached = { token: json.access_token, expiresAt: Date.now() + json.expires_in * 1000 };
    return this._cached.token;
  }
}

module.exports = { OAuth2Client };
