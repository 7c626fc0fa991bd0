'use strict';
const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*)?\s*$/;

function parse(src) {
  const out = {};
  for (const raw of String(src).split(/\r?\n/)) {
    const m = LINE.exec(raw);
    if (!m) continue;
    let v = (m[2] || '').trim();
    const q = v[0];
    if ((q === '"' || q === "'") && v.endsWith(q)) {
      v = v.slice(1, -1);
      if (q === '"') v = v.replace(/\\n/g, '\n');
    } else {
      v = v.replace(/\s+#.*$/, '');
    }
    out[m[1]] = v;
  }
  return out;
}

function diff(a, b) {
  const added = Object.keys(b).filter((k) => !(k in a));
  const removed = Object.keys(a).filter((k) => !(k in b));
  const changed = Object.keys(a).filter((k) => k in b && a[k] !== b[k]);
  return { added, removed, changed };
}

module.exports = { parse, diff };
