'use strict';
function backoff(attempt, { base = 100, max = 10000, jitter = true } = {}) {
  const exp = Math.min(max, base * 2 ** attempt);
  return jitter ? Math.round(exp / 2 + Math.random() * exp / 2) : exp;
}
const RETRYABLE = new Set(['ECONNRESET', 'ETIMEDOUT', 'ECONNREFUSED', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND']);
const isRetryable = (err, res) => (err && RETRYABLE.has(err.code)) || (res && (res.statusCode === 429 || res.statusCode >= 502));
module.exports = { backoff, isRetryable };
