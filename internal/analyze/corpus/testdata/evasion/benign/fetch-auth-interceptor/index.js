'use strict';
const { TokenStore } = require('./lib/token-store');
const { createInterceptor } = require('./lib/interceptor');

function createClient({ baseURL, accessToken, refreshToken, refreshEndpoint = '/oauth/token' }) {
  const store = new TokenStore({ accessToken, refreshToken });
  const refresh = async (rt) => {
    const res = await fetch(new URL(refreshEndpoint, baseURL), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'refresh_token', refresh_token: rt }),
    });
    if (!res.ok) throw new Error('refresh failed');
    const j = await res.json();
    return { accessToken: j.access_token, refreshToken: j.refresh_token, expiresIn: j.expires_in };
  };
  return { fetch: createInterceptor({ baseURL, store, refresh }), store };
}

module.exports = { createClient, TokenStore };
