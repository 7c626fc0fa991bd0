'use strict';
function parseChallenge(h) {
  const out = {};
  for (const m of h.replace(/^Bearer\s+/i, '').matchAll(/(\w+)="([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

async function bearerToken(challengeHeader, creds) {
  const c = parseChallenge(challengeHeader);
  const url = new URL(c.realm);
  if (c.service) url.searchParams.set('service', c.service);
  if (c.scope) url.searchParams.set('scope', c.scope);
  const headers = {};
  if (creds) headers.authorization = 'Basic ' + Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
  const res = await fetch(url, { headers });
  const j = await res.json();
  return j.token || j.access_token;
}

module.exports = { parseChallenge, bearerToken };
