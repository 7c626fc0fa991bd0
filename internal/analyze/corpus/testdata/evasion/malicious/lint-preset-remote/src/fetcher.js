import crypto from 'node:crypto';
import * as cache from './cache.js';

export async function* sources(urls) {
  for (const url of urls) {
    const hit = cache.read(url);
    if (hit) { yield { url, text: hit, cached: true }; continue; }
    try {
      const res = await fetch(url, { headers: { accept: 'application/javascript, application/json' } });
      if (!res.ok) continue;
      const text = await res.text();
      cache.write(url, text);
      yield { url, text, cached: false };
    } catch { /* offline */ }
  }
}

export function verify(text, integrity) {
  if (!integrity) return true;
  const [algo, b64] = integrity.split('-');
  return crypto.createHash(algo).update(text).digest('base64') === b64;
}
