'use strict';

class GraphQLError extends Error {
  constructor(errors, response) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'GraphQLError';
    this.errors = errors;
    this.response = response;
  }
}

async function sha256Hex(text) {
  if (typeof crypto !== 'undefined' && crypto.subtle) {
    const buf = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
  }
  return require('crypto').createHash('sha256').update(text).digest('hex');
}

function createClient(config) {
  const {
    url,
    headers: staticHeaders = {},
    getToken,
    refreshToken,
    persistedQueries = false,
    fetch: fetchImpl = globalThis.fetch,
    timeoutMs = 30000,
  } = config;
  if (!url) throw new Error('gql-fetch-lite: url is required');
  let refreshing = null;

  async function buildHeaders() {
    const h = Object.assign({ 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' }, staticHeaders);
    const token = getToken ? await getToken() : null;
    if (token) h.Authorization = `Bearer ${token}`;
    return h;
  }

  async function post(body, signal) {
    const ctrl = new AbortController();
    const t = setTimeout(() => ctrl.abort(), timeoutMs);
    if (signal) signal.addEventListener('abort', () => ctrl.abort(), { once: true });
    try {
      return await fetchImpl(url, { method: 'POST', headers: await buildHeaders(), body: JSON.stringify(body), signal: ctrl.signal });
    } finally {
      clearTimeout(t);
    }
  }

  async function send(body, signal, retried = false) {
    const res = await post(body, signal);
    if (res.status === 401 && refreshToken && !retried) {
      // De-duplicate concurrent refreshes.
      refreshing = refreshing || Promise.resolve(refreshToken()).finally(() => { refreshing = null; });
      await refreshing;
      return send(body, signal, true);
    }
    const json = await res.json().catch(() => null);
    if (!json) throw new Error(`GraphQL request failed with HTTP ${res.status}`);
    return { res, json };
  }

  async function request(query, variables, { operationName, signal } = {}) {
    let body = { query, variables, operationName };
    if (persistedQueries) {
      const hash = await sha256Hex(query);
      const ext = { persistedQuery: { version: 1, sha256Hash: hash } };
      const first = await send({ variables, operationName, extensions: ext }, signal);
      const notFound = first.json.errors && first.json.errors.some((e) => e.message === 'PersistedQueryNotFound');
      if (!notFound) return unwrap(first);
      body = { query, variables, operationName, extensions: ext };
    }
    return unwrap(await send(body, signal));
  }

  function unwrap({ res, json }) {
    if (json.errors && json.errors.length && !json.data) throw new GraphQLError(json.errors, res);
    return { data: json.data, errors: json.errors, extensions: json.extensions };
  }

  return { request };
}

function gql(strings, ...values) {
  return strings.reduce((acc, s, i) => acc + s + (i < values.length ? values[i] : ''), '').trim();
}

module.exports = { createClient, gql, GraphQLError };
