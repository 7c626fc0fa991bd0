'use strict';
const LINE = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/mg;

function parse(src) {
  const obj = {};
  const lines = String(src).replace(/\r\n?/mg, '\n');
  let m;
  while ((m = LINE.exec(lines)) != null) {
    const key = m[1];
    let value = (m[2] || '').trim();
    const q = value[0];
    value = value.replace(/^(['"`])([\s\S]*)\1$/mg, '$2');
    if (q === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    obj[key] = value;
  }
  return obj;
}

function expand(vars, env) {
  const seen = new Set();
  const sub = (value, key) => value.replace(/(\\)?\$\{?([A-Z0-9_]+)(?::-([^}]*))?\}?/gi, (match, esc, name, def) => {
    if (esc) return match.slice(1);
    if (seen.has(name) && name === key) return '';
    if (name in env) return env[name];
    if (name in vars) { seen.add(name); return sub(vars[name], name); }
    return def || '';
  });
  const out = {};
  for (const [k, v] of Object.entries(vars)) out[k] = sub(v, k);
  return out;
}

module.exports = { parse, expand };
