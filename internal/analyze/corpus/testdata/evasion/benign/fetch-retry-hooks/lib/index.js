'use strict';
const RETRY_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function redact(headers) {
  const out = {};
  for (const [k, v] of new Headers(headers)) out[k] = /authorization|cookie|api-key/i.test(k) ? '[redacted]' : v;
  return out;
}

function create({ baseUrl, retries = 2, timeout = 15000, getToken, hooks = {}, fetchImpl = globalThis.fetch } = {}) {
  const base = baseUrl ? new URL(baseUrl) : null;

  return async function request(input, init = {}) {
    const url = new URL(input, base || undefined);
    const headers = new Headers(init.headers);
    // auth is only attached to requests for the configured API origin
    if (getToken && base && url.origin === base.origin && !headers.has('authorization')) {
      headers.set('authorization', `Bearer ${await getToken()}`);
    }
    let req = { url: url.href, init: { ...init, headers } };
    for (const h of hooks.beforeRequest || []) req = (await h(req)) || req;

    for (let attempt = 0; ; attempt++) {
      const signal = AbortSignal.any ? AbortSignal.any([AbortSignal.timeout(timeout), ...(init.signal ? [init.signal] : [])]) : AbortSignal.timeout(timeout);
      if (hooks.log) hooks.log({ method: req.init.method || 'GET', url: req.url, headers: redact(req.init.headers), attempt });
      try {
        let res = await fetchImpl(req.url, { ...req.init, signal });
        if (RETRY_STATUS.has(res.status) && attempt < retries && (req.init.method || 'GET') !== 'POST') {
          const ra = +res.headers.get('retry-after');
          await sleep(ra ? ra * 1000 : 300 * 2 ** attempt);
          continue;
        }
        for (const h of hooks.afterResponse || []) res = (await h(res, req)) || res;
        return res;
      } catch (err) {
        if (init.signal && init.signal.aborted) throw err;
        if (attempt >= retries) throw err;
        await sleep(300 * 2 ** attempt);
      }
    }
  };
}

module.exports = { create, redact };
