'use strict';
const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*('(?:\\'|[^'])*'|"(?:\\"|[^"])*"|`(?:\\`|[^`])*`|[^#\r\n]*)?\s*(?:#.*)?$/;

function parse(src) {
  const obj = {};
  for (const line of String(src).split(/\r?\n/)) {
    const m = line.match(LINE);
    if (!m) continue;
    let v = (m[2] || '').trim();
    const q = v[0];
    v = v.replace(/^(['"`])([\s\S]*)\1$/m, '$2');
    if (q === '"') v = v.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    obj[m[1]] = v;
  }
  return obj;
}

module.exports = { parse };
