'use strict';
const TYPES = {
  string: (v) => v,
  int: (v) => { const n = Number(v); if (!Number.isInteger(n)) throw new Error('expected integer'); return n; },
  float: (v) => { const n = Number(v); if (Number.isNaN(n)) throw new Error('expected number'); return n; },
  bool: (v) => { if (/^(1|true|yes|on)$/i.test(v)) return true; if (/^(0|false|no|off)$/i.test(v)) return false; throw new Error('expected boolean'); },
  url: (v) => new URL(v).toString(),
  json: (v) => JSON.parse(v),
  port: (v) => { const n = Number(v); if (!(n > 0 && n < 65536)) throw new Error('expected port'); return n; }
};
function coerce(spec, raw) {
  if (spec.choices && !spec.choices.includes(raw)) throw new Error(`expected one of ${spec.choices.join(', ')}`);
  return (TYPES[spec.type || 'string'] || TYPES.string)(raw);
}
module.exports = { coerce, TYPES };
