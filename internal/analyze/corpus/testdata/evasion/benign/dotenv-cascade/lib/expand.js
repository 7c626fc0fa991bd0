'use strict';
function expand(vars, env = process.env) {
  const out = { ...vars };
  const lookup = (name) => (name in env ? env[name] : out[name] !== undefined ? out[name] : '');
  for (const k of Object.keys(out)) {
    out[k] = out[k].replace(/(\\)?\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}?/g, (m, esc, name, def) => {
      if (esc) return m.slice(1);
      const v = lookup(name);
      return v === '' && def !== undefined ? def : v;
    });
  }
  return out;
}
module.exports = { expand };
