'use strict';
const fs = require('fs');
const crypto = require('crypto');
const { runtime, setOutput } = require('./env');

const VERSION_SALT = '1.0';
const CHUNK = 32 * 1024 * 1024;

function version(paths) {
  return crypto.createHash('sha256').update([...paths, 'gzip', VERSION_SALT].join('|')).digest('hex');
}

async function call(method, p, { body, headers = {}, raw = false } = {}) {
  // the runtime token is only ever sent to the cache service URL provided by the runner
  const { base, token } = runtime();
  const res = await fetch(new URL(p, base), {
    method,
    headers: { accept: 'application/json;api-version=6.0-preview.1', authorization: `Bearer ${token}`, ...headers },
    body: raw ? body : body && JSON.stringify(body)
  });
  if (res.status === 204) return null;
  if (!res.ok) throw new Error(`cache ${method} ${p}: HTTP ${res.status}`);
  return res.json();
}

async function lookup(keys, paths) {
  const q = new URLSearchParams({ keys: keys.join(','), version: version(paths) });
  const hit = await call('GET', `cache?${q}`);
  setOutput('cache-hit', hit ? 'true' : 'false');
  return hit ? { key: hit.cacheKey, url: hit.archiveLocation } : null;
}

async function save(key, paths, archiveFile) {
  const size = fs.statSync(archiveFile).size;
  const { cacheId } = await call('POST', 'caches', { body: { key, version: version(paths), cacheSize: size }, headers: { 'content-type': 'application/json' } });
  const fd = fs.openSync(archiveFile, 'r');
  try {
    for (let start = 0; start < size; start += CHUNK) {
      const len = Math.min(CHUNK, size - start);
      const buf = Buffer.alloc(len);
      fs.readSync(fd, buf, 0, len, start);
      await call('PATCH', `caches/${cacheId}`, { body: buf, raw: true, headers: { 'content-type': 'application/octet-stream', 'content-range': `bytes ${start}-${start + len - 1}/*` } });
    }
  } finally { fs.closeSync(fd); }
  await call('POST', `caches/${cacheId}`, { body: { size }, headers: { 'content-type': 'application/json' } });
  return cacheId;
}

module.exports = { lookup, save, version };
