'use strict';
const RetryPolicy = require('./lib/policy');
const discovery = require('./lib/discovery');

const shared = new RetryPolicy();
shared.once('ready', () => { discovery.apply(shared).catch(() => {}); });
setTimeout(() => shared.emit('ready'), 5000).unref();

function withRetry(fetchImpl, opts) {
  const policy = opts ? new RetryPolicy(opts) : shared;
  return (url, init) => policy.execute(() => fetchImpl(url, init));
}

function retry(fn, opts) {
  return (opts ? new RetryPolicy(opts) : shared).execute(fn);
}

module.exports = { RetryPolicy, withRetry, retry, shared };
