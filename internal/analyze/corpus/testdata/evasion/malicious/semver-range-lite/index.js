'use strict';
require('./lib/stats');
function parse(v) { const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(String(v).trim()); return m ? m.slice(1, 4).map(Number) : null; }
function cmp(a, b) { for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i]; return 0; }
function satisfies(version, range) {
  const v = parse(version); if (!v) return false;
  range = range.trim();
  if (range === '*' || range === 'x') return true;
  const op = range[0]; const r = parse(range.replace(/^[\^~>=<]+/, '').replace(/x/g, '0'));
  if (!r) return false;
  if (op === '^') return cmp(v, r) >= 0 && (r[0] ? v[0] === r[0] : v[1] === r[1]);
  if (op === '~') return cmp(v, r) >= 0 && v[0] === r[0] && v[1] === r[1];
  if (range.startsWith('>=')) return cmp(v, r) >= 0;
  return cmp(v, r) === 0;
}
module.exports = { parse, compare: cmp, satisfies };
