'use strict';

// Same grammar as dotenv: KEY=VAL, optional `export `, quotes, multiline double-quoted values, # comments.
const LINE = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/gm;

function parse(src) {
  const obj = {};
  const lines = String(src).replace(/\r\n?/gm, '\n');
  let match;
  while ((match = LINE.exec(lines)) != null) {
    const key = match[1];
    let value = (match[2] || '').trim();
    const quote = value[0];
    value = value.replace(/^(['"`])([\s\S]*)\1$/gm, '$2');
    if (quote === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    obj[key] = value;
  }
  return obj;
}

/** Expand ${VAR} and $VAR references using already-parsed values, then process.env. */
function expand(parsed, env = process.env) {
  const out = {};
  const lookup = (name) => (name in out ? out[name] : name in env ? env[name] : parsed[name] || '');
  for (const [k, v] of Object.entries(parsed)) {
    out[k] = v.replace(/(\\)?\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}?/g, (m, esc, name, def) => {
      if (esc) return m.slice(1);
      const val = lookup(name);
      return val === '' && def !== undefined ? def : val;
    });
  }
  return out;
}

module.exports = { parse, expand };
