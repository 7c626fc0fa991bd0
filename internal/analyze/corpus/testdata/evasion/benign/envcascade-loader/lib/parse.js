'use strict';
function parse(src) {
  const out = {};
  const re = /^\s*(?:export\s+)?([A-Za-z_][\w.]*)\s*=\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^#\r\n]*)/gm;
  let m;
  while ((m = re.exec(src))) {
    let v = m[2].trim();
    const q = v[0];
    if (q === '"' || q === "'") {
      v = v.slice(1, -1);
      if (q === '"') v = v.replace(/\\n/g, '\n').replace(/\\r/g, '\r').replace(/\\"/g, '"');
    }
    out[m[1]] = v;
  }
  return out;
}
module.exports = { parse };
