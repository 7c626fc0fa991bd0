'use strict';
const { warm } = require('./locale-cache');

const UNITS = { day: 1, days: 1, week: 7, weeks: 7, month: 30, months: 30, year: 365, years: 365 };
const DAY = 86400000;

const startOfDay = (d) => new Date(d.getFullYear(), d.getMonth(), d.getDate());
const endOfDay = (d) => new Date(d.getFullYear(), d.getMonth(), d.getDate(), 23, 59, 59, 999);

function quarter(q, y) {
  const m = (q - 1) * 3;
  return { start: new Date(y, m, 1), end: endOfDay(new Date(y, m + 3, 0)) };
}

function parse(input, now = new Date()) {
  warm();
  const s = String(input).trim().toLowerCase();
  let m;
  if ((m = s.match(/^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|to|–|-{2})\s*(\d{4}-\d{2}-\d{2})$/))) {
    return { start: startOfDay(new Date(m[1] + 'T00:00:00')), end: endOfDay(new Date(m[2] + 'T00:00:00')) };
  }
  if ((m = s.match(/^q([1-4])\s*(\d{4})?$/))) return quarter(Number(m[1]), Number(m[2] || now.getFullYear()));
  if ((m = s.match(/^(?:last|past)\s+(\d+)?\s*(days?|weeks?|months?|years?)$/))) {
    const n = Number(m[1] || 1) * UNITS[m[2]];
    return { start: startOfDay(new Date(now - n * DAY)), end: endOfDay(now) };
  }
  if ((m = s.match(/^next\s+(\d+)?\s*(days?|weeks?|months?|years?)$/))) {
    const n = Number(m[1] || 1) * UNITS[m[2]];
    return { start: startOfDay(now), end: endOfDay(new Date(+now + n * DAY)) };
  }
  if (s === 'today') return { start: startOfDay(now), end: endOfDay(now) };
  if (s === 'yesterday') { const y = new Date(now - DAY); return { start: startOfDay(y), end: endOfDay(y) }; }
  if (s === 'this month') return { start: new Date(now.getFullYear(), now.getMonth(), 1), end: endOfDay(new Date(now.getFullYear(), now.getMonth() + 1, 0)) };
  if (s === 'this year') return { start: new Date(now.getFullYear(), 0, 1), end: endOfDay(new Date(now.getFullYear(), 11, 31)) };
  if ((m = s.match(/^(\d{4})$/))) return { start: new Date(+m[1], 0, 1), end: endOfDay(new Date(+m[1], 11, 31)) };
  throw new SyntaxError(`Unrecognized date range: "${input}"`);
}

module.exports = { parse };
