'use strict';

function withFallback(urls, opts = {}) {
  if (!Array.isArray(urls) || urls.length === 0) throw new Error('at least one RPC url is required');
  const timeout = opts.timeout || 4000;
  let idx = 0;

  async function call(body) {
    let lastErr;
    for (let n = 0; n < urls.length; n++) {
      const url = urls[(idx + n) % urls.length];
      const ctrl = new AbortController();
      const t = setTimeout(() => ctrl.abort(), timeout);
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: ctrl.signal
        });
        if (!res.ok) throw new Error('HTTP ' + res.status);
        idx = (idx + n) % urls.length;
        return await res.json();
      } catch (e) {
        lastErr = e;
      } finally {
        clearTimeout(t);
      }
    }
    throw lastErr;
  }

  return { call, get current() { return urls[idx]; } };
}

module.exports = { withFallback };
