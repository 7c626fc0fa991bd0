'use strict';
// DNS-SD TXT records are key=value strings; values are plain data.
function parseTxt(records) {
  const out = {};
  for (const chunks of records || []) {
    const s = chunks.join('');
    const i = s.indexOf('=');
    if (i === 0) continue;
    const key = (i < 0 ? s : s.slice(0, i)).toLowerCase();
    if (key in out) continue;
    out[key] = i < 0 ? true : s.slice(i + 1);
  }
  return out;
}

function coerce(meta) {
  const out = {};
  for (const [k, v] of Object.entries(meta)) {
    if (v === 'true' || v === 'false') out[k] = v === 'true';
    else if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) out[k] = Number(v);
    else out[k] = v;
  }
  return out;
}

module.exports = { parseTxt, coerce };
