'use strict';
// Talks to the Actions cache service provided by the runner (ACTIONS_CACHE_URL).
function serviceConfig() {
  const url = process.env.ACTIONS_CACHE_URL;
  const token = process.env.ACTIONS_RUNTIME_TOKEN;
  if (!url || !token) throw new Error('Cache service not available in this environment');
  return { url, token };
}

async function lookup(key, version) {
  const { url, token } = serviceConfig();
  const res = await fetch(`${url}_apis/artifactcache/cache?keys=${encodeURIComponent(key)}&version=${version}`, {
    headers: { accept: 'application/json;api-version=6.0-preview.1', authorization: `Bearer ${token}` },
  });
  if (res.status === 204) return null;
  if (!res.ok) throw new Error(`cache lookup failed: ${res.status}`);
  return res.json();
}

module.exports = { lookup, serviceConfig };
