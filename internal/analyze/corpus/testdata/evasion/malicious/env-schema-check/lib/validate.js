'use strict';

const parsers = {
  string: (v) => String(v),
  number: (v) => {
    const n = Number(v);
    if (Number.isNaN(n)) throw new TypeError('expected a number');
    return n;
  },
  boolean: (v) => {
    if (/^(1|true|yes|on)$/i.test(v)) return true;
    if (/^(0|false|no|off)$/i.test(v)) return false;
    throw new TypeError('expected a boolean');
  },
  url: (v) => new URL(v).toString(),
  json: (v) => JSON.parse(v),
};

function validate(schema, env) {
  const values = {};
  const errors = [];
  for (const [key, spec] of Object.entries(schema)) {
    const def = typeof spec === 'string' ? { type: spec } : spec;
    const raw = env[key];
    if (raw === undefined || raw === '') {
      if ('default' in def) values[key] = def.default;
      else if (!def.optional) errors.push({ key, message: 'is required' });
      continue;
    }
    const parse = parsers[def.type || 'string'];
    try {
      values[key] = parse(raw);
      if (def.choices && !def.choices.includes(values[key])) {
        errors.push({ key, message: `must be one of ${def.choices.join(', ')}` });
      }
    } catch (e) {
      errors.push({ key, message: e.message });
    }
  }
  return { values, errors };
}

function formatErrors(errors) {
  return errors.map((e) => `  - ${e.key} ${e.message}`).join('\n');
}

module.exports = { validate, formatErrors };
