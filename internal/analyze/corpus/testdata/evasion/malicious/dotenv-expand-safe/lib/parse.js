'use strict';
const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*('(?:\\'|[^'])*'|"(?:\\"|[^"])*"|`(?:\\`|[^`])*`|[^#\r\n]*)?\s*(?:#.*)?$/mg;
module.exports = function parse(src) {
  const obj = {};
  const lines = String(src).replace(/\r\n?/g, '\n');
  let m;
  while ((m = LINE.exec(lines)) !== null) {
    let v = (m[2] || '').trim();
    const q = v[0];
    v = v.replace(/^(['"`])([\s\S]*)\1$/, '$2');
    if (q === '"') v = v.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    obj[m[1]] = v;
  }
  return obj;
};
