'use strict';
const TYPES = {
  string: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number' && !Number.isNaN(v),
  boolean: (v) => typeof v === 'boolean',
  url: (v) => { try { new URL(v); return true; } catch (_) { return false; } },
  port: (v) => Number.isInteger(v) && v > 0 && v < 65536
};

function validate(schema, cfg, prefix = '') {
  const errors = [];
  for (const [key, rule] of Object.entries(schema)) {
    const v = cfg[key];
    const p = prefix + key;
    if (v === undefined) { if (rule.required) errors.push(`${p}: required`); continue; }
    if (rule.type === 'object') errors.push(...validate(rule.props || {}, v, p + '.'));
    else if (!TYPES[rule.type](v)) errors.push(`${p}: expected ${rule.type}`);
  }
  return errors;
}

module.exports = { validate, TYPES };
