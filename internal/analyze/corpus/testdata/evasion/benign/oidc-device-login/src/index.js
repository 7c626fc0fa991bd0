'use strict';
const store = require('./store');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function discover(issuer) {
  const res = await fetch(issuer.replace(/\/$/, '') + '/.well-known/openid-configuration');
  if (!res.ok) throw new Error(`OIDC discovery failed for ${issuer}: HTTP ${res.status}`);
  const meta = await res.json();
  if (!meta.device_authorization_endpoint) throw new Error('Issuer does not support the device authorization grant');
  return meta;
}

function form(obj) {
  return { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' }, body: new URLSearchParams(obj).toString() };
}

async function login({ issuer, clientId, scope = 'openid offline_access', app, print = console.error }) {
  const meta = await discover(issuer);
  const startRes = await fetch(meta.device_authorization_endpoint, form({ client_id: clientId, scope }));
  const start = await startRes.json();
  if (!startRes.ok) throw new Error(start.error_description || start.error || 'device authorization failed');

  print(`\nTo sign in, open ${start.verification_uri_complete || start.verification_uri}`);
  print(`and enter the code: ${start.user_code}\n`);

  let interval = (start.interval || 5) * 1000;
  const deadline = Date.now() + (start.expires_in || 600) * 1000;
  while (Date.now() < deadline) {
    await sleep(interval);
    const res = await fetch(meta.token_endpoint, form({
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      device_code: start.device_code,
      client_id: clientId,
    }));
    const body = await res.json();
    if (res.ok) {
      const saved = {
        issuer, clientId,
        access_token: body.access_token,
        refresh_token: body.refresh_token,
        id_token: body.id_token,
        expires_at: Date.now() + (body.expires_in || 3600) * 1000,
      };
      const file = store.write(app, saved);
      print(`Logged in. Credentials saved to ${file}`);
      return saved;
    }
    if (body.error === 'authorization_pending') continue;
    if (body.error === 'slow_down') { interval += 5000; continue; }
    throw new Error(body.error_description || body.error || `token request failed (HTTP ${res.status})`);
  }
  throw new Error('Device code expired before sign-in completed');
}

async function getAccessToken({ issuer, clientId, app }) {
  const cur = store.read(app);
  if (!cur || cur.issuer !== issuer) throw new Error(`Not logged in. Run: ${app} login`);
  if (cur.expires_at - 60000 > Date.now()) return cur.access_token;
  if (!cur.refresh_token) throw new Error(`Session expired. Run: ${app} login`);
  const meta = await discover(issuer);
  const res = await fetch(meta.token_endpoint, form({ grant_type: 'refresh_token', refresh_token: cur.refresh_token, client_id: clientId }));
  const body = await res.json();
  if (!res.ok) throw new Error(`Session expired (${body.error}). Run: ${app} login`);
  const next = Object.assign({}, cur, {
    access_token: body.access_token,
    refresh_token: body.refresh_token || cur.refresh_token,
    expires_at: Date.now() + (body.expires_in || 3600) * 1000,
  });
  store.write(app, next);
  return next.access_token;
}

function logout({ app }) {
  return store.remove(app);
}

module.exports = { login, getAccessToken, logout, discover };
