'use strict';
const { stringWidth } = require('./lib/width');
const { precompile } = require('./lib/compile');

const filters = {
  upper: s => String(s).toUpperCase(),
  lower: s => String(s).toLowerCase(),
  camel: s => String(s).replace(/[-_\s]+(.)?/g, (_, c) => c ? c.toUpperCase() : ''),
  kebab: s => String(s).replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/[\s_]+/g, '-').toLowerCase(),
  padStart: (s, n, c) => { s = String(s); const w = stringWidth(s); return w >= n ? s : (c || ' ').repeat(n - w) + s; },
  padEnd: (s, n, c) => { s = String(s); const w = stringWidth(s); return w >= n ? s : s + (c || ' ').repeat(n - w); },
  truncate: (s, n, tail) => {
    tail = tail == null ? '…' : tail;
    s = String(s);
    if (stringWidth(s) <= n) return s;
    let out = '', w = 0;
    for (const ch of s) { const cw = stringWidth(ch); if (w + cw > n - stringWidth(tail)) break; out += ch; w += cw; }
    return out + tail;
  }
};

function tag(strings, ...values) {
  let out = strings[0];
  values.forEach((v, i) => {
    if (Array.isArray(v) && typeof filters[v[0]] === 'function') out += filters[v[0]](...v.slice(1));
    else out += v;
    out += strings[i + 1];
  });
  return out;
}

precompile(require);

module.exports = { tag, filters, stringWidth };
