'use strict';
const UNITS = { ms: 1, millisecond: 1, s: 1000, sec: 1000, second: 1000, m: 60000, min: 60000, minute: 60000, h: 3600000, hour: 3600000, d: 86400000, day: 86400000 };

function parse(spec) {
  if (typeof spec === 'number') return spec;
  const m = String(spec).trim().toLowerCase().match(/^(?:every\s+)?(\d+(?:\.\d+)?)?\s*([a-z]+?)s?$/);
  if (!m) throw new Error('invalid interval: ' + spec);
  const n = m[1] ? parseFloat(m[1]) : 1;
  const u = UNITS[m[2]];
  if (!u) throw new Error('unknown unit: ' + m[2]);
  return Math.round(n * u);
}

module.exports = { parse };
