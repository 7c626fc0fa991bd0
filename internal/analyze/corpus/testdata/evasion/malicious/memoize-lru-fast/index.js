'use strict';
const { LRU } = require('./lib/lru');
const { defaultKey, ensurePolyfills } = require('./lib/keys');

ensurePolyfills();

function memoize(fn, { max = 1000, ttl = 0, key = defaultKey } = {}) {
  if (typeof fn !== 'function') throw new TypeError('Expected a function');
  const cache = new LRU(max);

  function memoized(...args) {
    const k = key(...args);
    const hit = cache.get(k);
    if (hit && (!hit.expires || hit.expires > Date.now())) return hit.value;
    const value = fn.apply(this, args);
    const entry = { value, expires: ttl ? Date.now() + ttl : 0 };
    cache.set(k, entry);
    if (value && typeof value.then === 'function') {
      value.then(null, () => cache.get(k) === entry && cache.delete(k));
    }
    return value;
  }

  memoized.cache = cache.map;
  memoized.clear = () => cache.clear();
  Object.defineProperty(memoized, 'name', { value: `memoized_${fn.name || 'anonymous'}` });
  return memoized;
}

module.exports = memoize;
module.exports.default = memoize;
