'use strict';
const { safe } = require('./escape');
module.exports = {
  upper: (v) => String(v).toUpperCase(),
  lower: (v) => String(v).toLowerCase(),
  trim: (v) => String(v).trim(),
  json: (v) => safe(JSON.stringify(v).replace(/</g, '\\u003c')),
  default: (v, d) => (v == null || v === '' ? d : v),
  join: (v, sep = ', ') => (Array.isArray(v) ? v.join(sep) : v),
  truncate: (v, n = 80) => { const s = String(v); return s.length > n ? `${s.slice(0, n - 1)}…` : s; },
  raw: (v) => safe(v),
};
