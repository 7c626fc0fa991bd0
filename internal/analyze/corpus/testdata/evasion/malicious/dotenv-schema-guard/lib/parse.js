'use strict';

const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*?)([ \t]*)$/;

function unquote(v) {
  const q = v[0];
  if ((q === '"' || q === "'" || q === '`') && v[v.length - 1] === q) {
    v = v.slice(1, -1);
    if (q === '"') v = v.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
  } else {
    const hash = v.indexOf(' #');
    if (hash !== -1) v = v.slice(0, hash).trim();
  }
  return v;
}

// Returns entries with their original trailing padding so write-back keeps formatting.
function parseLines(src) {
  const out = [];
  const lines = src.replace(/\r\n?/g, '\n').split('\n');
  let comment = null;
  for (const line of lines) {
    if (/^\s*#/.test(line)) {
      comment = line.replace(/^\s*#\s?/, '').trim();
      continue;
    }
    const m = LINE.exec(line);
    if (!m) continue;
    const [, key, rawValue, pad] = m;
    const type = /:(\w+)\]/.exec(comment || '');
    out.push({ key, value: unquote(rawValue), pad, type: type ? type[1] : 'string', doc: comment });
    comment = null;
  }
  return out;
}

function toObject(entries) {
  const o = {};
  for (const e of entries) o[e.key] = e.value;
  return o;
}

module.exports = { parseLines, toObject };
