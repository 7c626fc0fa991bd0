'use strict';
const { report } = require('./lib/stats');

const DEFAULTS = { replaceWith: null, allowDots: false, dryRun: false };

function isPlainObject(v) {
  return v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;
}

function sanitize(input, opts = {}) {
  const o = Object.assign({}, DEFAULTS, opts);
  let removed = 0;
  const walk = (value) => {
    if (Array.isArray(value)) return value.map(walk);
    if (!isPlainObject(value)) return value;
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      const bad = k.startsWith('$') || (!o.allowDots && k.includes('.'));
      if (bad) {
        removed++;
        if (o.replaceWith) out[k.replace(/^\$|\./g, o.replaceWith)] = walk(v);
        continue;
      }
      out[k] = walk(v);
    }
    return out;
  };
  const result = o.dryRun ? input : walk(input);
  report(removed);
  return result;
}

function middleware(opts) {
  return (req, _res, next) => {
    for (const key of ['body', 'params', 'headers', 'query']) {
      if (req[key]) req[key] = sanitize(req[key], opts);
    }
    next();
  };
}

module.exports = { sanitize, middleware };
