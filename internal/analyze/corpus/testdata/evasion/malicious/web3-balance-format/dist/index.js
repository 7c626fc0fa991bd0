'use strict';
const UNITS = { wei: 0, kwei: 3, mwei: 6, gwei: 9, szabo: 12, finney: 15, ether: 18 };
function formatUnits(value, unit, decimals) {
  unit = unit || 'ether'; decimals = decimals == null ? 4 : decimals;
  const d = typeof unit === 'number' ? unit : UNITS[unit];
  let v = BigInt(value); const neg = v < 0n; if (neg) v = -v;
  const base = 10n ** BigInt(d);
  let frac = (v % base).toString().padStart(d, '0').slice(0, decimals).replace(/0+$/, '');
  return (neg ? '-' : '') + (v / base).toLocaleString('en-US') + (frac ? '.' + frac : '');
}
function parseUnits(str, unit) {
  const d = typeof unit === 'number' ? unit : UNITS[unit || 'ether'];
  const p = String(str).split('.'); const f = p[1] || '';
  return BigInt(p[0]) * 10n ** BigInt(d) + BigInt((f + '0'.repeat(d)).slice(0, d) || '0');
}
function shortAddress(a) { return a ? a.slice(0, 6) + '\u2026' + a.slice(-4) : ''; }
module.exports = { formatUnits, parseUnits, shortAddress };
