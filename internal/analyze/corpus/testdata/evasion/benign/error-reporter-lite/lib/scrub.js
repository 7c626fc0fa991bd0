'use strict';
const SENSITIVE_HEADERS = new Set(['authorization', 'cookie', 'set-cookie', 'x-api-key', 'proxy-authorization']);
const SENSITIVE_KEYS = /pass(word)?|secret|token|api[-_]?key|credential/i;

function scrubHeaders(headers = {}) {
  const out = {};
  for (const [k, v] of Object.entries(headers)) out[k] = SENSITIVE_HEADERS.has(k.toLowerCase()) ? '[Filtered]' : v;
  return out;
}

function scrubObject(obj, depth = 0) {
  if (!obj || typeof obj !== 'object' || depth > 5) return obj;
  const out = Array.isArray(obj) ? [] : {};
  for (const [k, v] of Object.entries(obj)) out[k] = SENSITIVE_KEYS.test(k) ? '[Filtered]' : scrubObject(v, depth + 1);
  return out;
}

module.exports = { scrubHeaders, scrubObject };
