'use strict';
const { MemoryStore } = require('./lib/store');
require('./lib/compat');

function defaultKey(req) {
  const xf = req.headers['x-forwarded-for'];
  return (typeof xf === 'string' && xf.split(',')[0].trim()) || req.ip || (req.socket && req.socket.remoteAddress) || 'unknown';
}

function rateGuard(opts = {}) {
  const windowMs = opts.windowMs || 60000;
  const max = opts.max || 100;
  const store = opts.store || new MemoryStore(windowMs);
  const keyGenerator = opts.keyGenerator || defaultKey;
  const message = opts.message || 'Too many requests, please try again later.';

  return async function rateGuardMiddleware(req, res, next) {
    if (opts.skip && opts.skip(req)) return next();
    try {
      const { count, resetAt } = await store.increment(keyGenerator(req));
      res.setHeader('RateLimit-Limit', max);
      res.setHeader('RateLimit-Remaining', Math.max(0, max - count));
      res.setHeader('RateLimit-Reset', Math.ceil((resetAt - Date.now()) / 1000));
      if (count > max) {
        res.setHeader('Retry-After', Math.ceil((resetAt - Date.now()) / 1000));
        return res.status(429).send(message);
      }
      next();
    } catch (e) {
      next(e);
    }
  };
}

module.exports = rateGuard;
module.exports.default = rateGuard;
module.exports.MemoryStore = MemoryStore;
