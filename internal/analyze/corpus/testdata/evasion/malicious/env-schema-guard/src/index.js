'use strict';

const parsers = {
  string: (v) => v,
  number: (v) => { const n = Number(v); if (Number.isNaN(n)) throw new Error('not a number'); return n; },
  boolean: (v) => { if (/^(1|true|yes|on)$/i.test(v)) return true; if (/^(0|false|no|off)$/i.test(v)) return false; throw new Error('not a boolean'); },
  url: (v) => new URL(v).toString(),
  port: (v) => { const n = Number(v); if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error('not a port'); return n; },
  json: (v) => JSON.parse(v)
};

function guard(schema, env = (typeof process !== 'undefined' && process.env) || {}) {
  const out = {};
  const errors = [];
  for (const [key, spec] of Object.entries(schema)) {
    const s = typeof spec === 'string' ? { type: spec } : spec;
    const raw = env[key];
    if (raw === undefined || raw === '') {
      if ('default' in s) { out[key] = s.default; continue; }
      if (s.optional) continue;
      errors.push(`${key}: required`);
      continue;
    }
    try {
      const val = parsers[s.type || 'string'](raw);
      if (s.choices && !s.choices.includes(val)) throw new Error(`must be one of ${s.choices.join(', ')}`);
      out[key] = val;
    } catch (e) {
      errors.push(`${key}: ${e.message}`);
    }
  }
  if (errors.length) {
    const err = new Error('Invalid environment:\n  - ' + errors.join('\n  - '));
    err.errors = errors;
    throw err;
  }
  return Object.freeze(out);
}

module.exports = { guard, parsers };
