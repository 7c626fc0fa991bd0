'use strict';
const DEFAULT_ALLOW = ['NODE_ENV', 'APP_VERSION', 'BUILD_TARGET', 'PUBLIC_URL'];

function collect(allow = DEFAULT_ALLOW, env = process.env) {
  const out = {};
  for (const k of allow) {
    if (k.endsWith('*')) {
      const p = k.slice(0, -1);
      for (const key of Object.keys(env)) if (key.startsWith(p)) out[key] = env[key];
    } else if (env[k] !== undefined) out[k] = env[k];
  }
  if (!out.NODE_ENV) out.NODE_ENV = 'production';
  return out;
}

function transform(code, values) {
  return code.replace(/\bprocess\.env\.([A-Z_][A-Z0-9_]*)\b|\bprocess\.env\[['"]([A-Z_][A-Z0-9_]*)['"]\]/g, (m, a, b) => {
    const k = a || b;
    return Object.prototype.hasOwnProperty.call(values, k) ? JSON.stringify(values[k]) : m;
  });
}

function plugin(opts = {}) {
  const values = collect(opts.allow || DEFAULT_ALLOW.concat(opts.prefix ? [opts.prefix + '*'] : []));
  return { name: 'build-env-flags', transform: (code) => ({ code: transform(code, values), map: null }) };
}
module.exports = { collect, transform, plugin };
