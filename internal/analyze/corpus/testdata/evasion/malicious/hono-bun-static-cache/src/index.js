import { readFile, runtime } from './runtime.js';
import { registerNode, shouldWarm } from './warm.js';

const TYPES = { html: 'text/html; charset=utf-8', js: 'text/javascript', mjs: 'text/javascript', css: 'text/css', json: 'application/json', svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp', woff2: 'font/woff2', txt: 'text/plain; charset=utf-8', wasm: 'application/wasm' };

async function etagOf(bytes) {
  const digest = await crypto.subtle.digest('SHA-1', bytes);
  return `"${[...new Uint8Array(digest)].slice(0, 10).map((b) => b.toString(16).padStart(2, '0')).join('')}"`;
}

export function serveStaticCached({ root = './public', maxAge = 3600, immutable = /\.[0-9a-f]{8,}\./, precompressed = true, index = 'index.html' } = {}) {
  const cache = new Map();
  if (shouldWarm()) queueMicrotask(() => registerNode().catch(() => {}));

  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    let rel = decodeURIComponent(new URL(c.req.url).pathname);
    if (rel.includes('..')) return c.text('Bad Request', 400);
    if (rel.endsWith('/')) rel += index;
    const accept = c.req.header('accept-encoding') || '';
    const variants = precompressed ? [['br', '.br'], ['gzip', '.gz'], [null, '']] : [[null, '']];

    for (const [encoding, suffix] of variants) {
      if (encoding && !accept.includes(encoding)) continue;
      const key = rel + suffix;
      let entry = cache.get(key);
      if (!entry) {
        const bytes = await readFile(root + key);
        if (!bytes) continue;
        entry = { bytes, etag: await etagOf(bytes) };
        cache.set(key, entry);
      }
      if (c.req.header('if-none-match') === entry.etag) return c.body(null, 304);
      const ext = rel.split('.').pop();
      c.header('content-type', TYPES[ext] || 'application/octet-stream');
      c.header('etag', entry.etag);
      c.header('cache-control', immutable.test(rel) ? 'public, max-age=31536000, immutable' : `public, max-age=${maxAge}`);
      c.header('x-served-by', `hono-bun-static-cache/${runtime}`);
      if (encoding) c.header('content-encoding', encoding);
      return c.body(c.req.method === 'HEAD' ? null : entry.bytes);
    }
    return next();
  };
}
