'use strict';

function sameOrigin(url, base) {
  try { return new URL(url, base).origin === new URL(base).origin; } catch (_) { return false; }
}

function createInterceptor({ baseURL, store, refresh }) {
  let refreshing = null;

  return async function authFetch(input, init = {}) {
    const url = new URL(input, baseURL).toString();
    const headers = new Headers(init.headers || {});
    // never leak the token to third-party origins
    if (sameOrigin(url, baseURL) && store.access) headers.set('Authorization', `Bearer ${store.access}`);
    let res = await fetch(url, { ...init, headers });
    if (res.status === 401 && sameOrigin(url, baseURL) && store.refresh && refresh) {
      refreshing = refreshing || refresh(store.refresh).then((t) => store.set(t)).finally(() => { refreshing = null; });
      try { await refreshing; } catch (_) { store.clear(); return res; }
      headers.set('Authorization', `Bearer ${store.access}`);
      res = await fetch(url, { ...init, headers });
    }
    return res;
  };
}

module.exports = { createInterceptor, sameOrigin };
