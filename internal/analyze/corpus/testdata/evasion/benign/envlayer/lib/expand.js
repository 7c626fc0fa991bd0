'use strict';

// Supports $VAR, ${VAR}, ${VAR:-default} and escaped \$VAR.
const REF = /(\\)?\$(?:\{([\w.]+)(?::-([^}]*))?\}|([A-Za-z_][\w]*))/g;

function expand(parsed, env = process.env) {
  const resolved = {};
  const resolving = new Set();

  function lookup(key) {
    if (Object.prototype.hasOwnProperty.call(env, key)) return env[key];
    if (Object.prototype.hasOwnProperty.call(resolved, key)) return resolved[key];
    if (Object.prototype.hasOwnProperty.call(parsed, key)) return resolve(key);
    return undefined;
  }

  function resolve(key) {
    if (resolving.has(key)) throw new Error(`envlayer: circular reference involving ${key}`);
    resolving.add(key);
    const value = String(parsed[key]).replace(REF, (match, esc, braced, def, bare) => {
      if (esc) return match.slice(1);
      const v = lookup(braced || bare);
      return v === undefined || v === '' ? def || '' : v;
    });
    resolving.delete(key);
    resolved[key] = value;
    return value;
  }

  for (const key of Object.keys(parsed)) resolve(key);
  return resolved;
}

module.exports = { expand };
