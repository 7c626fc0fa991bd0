'use strict';

function parseSize(s) {
  const m = /^(\d+(?:\.\d+)?)\s*([KMG]?)B?$/i.exec(String(s).trim());
  if (!m) return 10 * 1024 * 1024;
  return Math.round(parseFloat(m[1]) * { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[m[2].toUpperCase()]);
}

function field(expr, value) {
  if (expr === '*') return true;
  return expr.split(',').some((part) => {
    const [range, step = '1'] = part.split('/');
    const [lo, hi] = range === '*' ? [0, 59] : range.split('-').map(Number);
    return value >= lo && value <= (hi === undefined ? lo : hi) && (value - lo) % Number(step) === 0;
  });
}

function cronMatches(expr, d) {
  const [min, hour, dom, mon, dow] = expr.trim().split(/\s+/);
  return field(min, d.getMinutes()) && field(hour, d.getHours()) && field(dom, d.getDate()) && field(mon, d.getMonth() + 1) && field(dow, d.getDay());
}

module.exports = { parseSize, cronMatches };
