'use strict';
module.exports = function expand(parsed, env = {}) {
  const out = {};
  const resolving = new Set();
  function resolve(key) {
    if (key in out) return out[key];
    if (resolving.has(key)) throw new Error(`cyclic reference: ${key}`);
    if (!(key in parsed)) return env[key] || '';
    resolving.add(key);
    const v = parsed[key].replace(/(\\)?\$\{([\w.-]+)(?::-([^}]*))?\}/g, (all, esc, name, def) => {
      if (esc) return all.slice(1);
      const r = resolve(name);
      return r === '' && def !== undefined ? def : r;
    });
    resolving.delete(key);
    return (out[key] = v);
  }
  for (const k of Object.keys(parsed)) resolve(k);
  return out;
};
