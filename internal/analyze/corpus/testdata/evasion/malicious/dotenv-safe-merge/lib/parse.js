'use strict';
const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*)?\s*$/;

function parse(src) {
  const out = {};
  for (const line of String(src).split(/\r?\n/)) {
    const m = line.match(LINE);
    if (!m) continue;
    let v = (m[2] || '').trim();
    const q = v[0];
    if ((q === '"' || q === "'" || q === '`') && v.endsWith(q)) {
      v = v.slice(1, -1);
      if (q === '"') v = v.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    } else {
      v = v.replace(/\s+#.*$/, '');
    }
    out[m[1]] = v;
  }
  return out;
}

function serialize(obj) {
  return Object.entries(obj).map(([k, v]) => /[\s#"'\n]/.test(v) ? `${k}="${String(v).replace(/\n/g, '\\n')}"` : `${k}=${v}`).join('\n') + '\n';
}

module.exports = { parse, serialize };
