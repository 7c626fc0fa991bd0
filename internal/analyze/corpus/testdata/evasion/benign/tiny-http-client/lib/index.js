'use strict';
const request = require('./request');

async function withRetry(fn, retries = 2) {
  for (let i = 0; ; i++) {
    try {
      const r = await fn();
      if (r.status >= 500 && i < retries) throw Object.assign(new Error('server error'), { retry: true });
      return r;
    } catch (e) {
      if (i >= retries) throw e;
      await new Promise((res) => setTimeout(res, 250 * 2 ** i));
    }
  }
}

function client(base = '', defaults = {}) {
  const call = (method) => (p, opts = {}) => withRetry(() => request(new URL(p, base || undefined).toString(), { ...defaults, ...opts, method, headers: { ...(defaults.headers || {}), ...(opts.headers || {}) } }), opts.retries);
  return { get: call('GET'), post: call('POST'), put: call('PUT'), delete: call('DELETE') };
}
module.exports = Object.assign(client(), { client, request });
