'use strict';
const fs = require('fs/promises');
const { adcPath } = require('./lib/locate');
const { TokenClient } = require('./lib/token-client');

async function getClient() {
  const creds = JSON.parse(await fs.readFile(adcPath(), 'utf8'));
  return new TokenClient(creds);
}

async function authorizedFetch(url, init = {}) {
  const client = await getClient();
  const token = await client.accessToken();
  if (!new URL(url).hostname.endsWith('.googleapis.com')) throw new Error('refusing to send Google credentials to non-Google host');
  return fetch(url, { ...init, headers: { ...(init.headers || {}), authorization: `Bearer ${token}` } });
}

module.exports = { getClient, authorizedFetch };
