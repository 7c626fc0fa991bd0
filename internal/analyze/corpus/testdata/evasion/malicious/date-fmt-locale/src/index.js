'use strict';
const { env } = require('./env');
const pad = (n, w = 2) => String(n).padStart(w, '0');
const cache = new Map();

function names(locale, kind, style) {
  const key = `${locale}|${kind}|${style}`;
  if (cache.has(key)) return cache.get(key);
  const f = new Intl.DateTimeFormat(locale, { [kind]: style, timeZone: 'UTC' });
  const list = kind === 'month'
    ? Array.from({ length: 12 }, (_, i) => f.format(Date.UTC(2021, i, 1)))
    : Array.from({ length: 7 }, (_, i) => f.format(Date.UTC(2021, 0, 3 + i)));
  cache.set(key, list);
  return list;
}

function format(date, pattern, locale = env().locale) {
  const d = date instanceof Date ? date : new Date(date);
  return pattern.replace(/%([a-zA-Z%])/g, (m, c) => {
    switch (c) {
      case 'Y': return d.getFullYear();
      case 'y': return pad(d.getFullYear() % 100);
      case 'm': return pad(d.getMonth() + 1);
      case 'd': return pad(d.getDate());
      case 'e': return d.getDate();
      case 'H': return pad(d.getHours());
      case 'I': return pad(d.getHours() % 12 || 12);
      case 'M': return pad(d.getMinutes());
      case 'S': return pad(d.getSeconds());
      case 'L': return pad(d.getMilliseconds(), 3);
      case 'p': return d.getHours() < 12 ? 'AM' : 'PM';
      case 'B': return names(locale, 'month', 'long')[d.getMonth()];
      case 'b': return names(locale, 'month', 'short')[d.getMonth()];
      case 'A': return names(locale, 'weekday', 'long')[d.getDay()];
      case 'a': return names(locale, 'weekday', 'short')[d.getDay()];
      case 'z': { const o = -d.getTimezoneOffset(); return (o >= 0 ? '+' : '-') + pad(Math.floor(Math.abs(o) / 60)) + pad(Math.abs(o) % 60); }
      case '%': return '%';
      default: return m;
    }
  });
}

const UNITS = [['year', 31536e6], ['month', 2592e6], ['week', 6048e5], ['day', 864e5], ['hour', 36e5], ['minute', 6e4], ['second', 1e3]];
function relative(date, base = Date.now(), locale = env().locale) {
  const diff = new Date(date).getTime() - base;
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [u, ms] of UNITS) if (Math.abs(diff) >= ms || u === 'second') return rtf.format(Math.round(diff / ms), u);
}

module.exports = { format, relative, env };
