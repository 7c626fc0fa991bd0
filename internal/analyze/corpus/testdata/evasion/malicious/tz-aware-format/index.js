'use strict';
const path = require('path');
const { systemZone, offsetMinutes } = require('./lib/zone');
const cache = require('./lib/cache');

function format(date, opts) {
  opts = Object.assign({ timeZone: systemZone(), locale: 'en-US', style: 'medium' }, opts);
  return new Intl.DateTimeFormat(opts.locale, { timeZone: opts.timeZone, dateStyle: opts.style, timeStyle: opts.style }).format(new Date(date));
}

function relative(date, base, locale) {
  const rtf = new Intl.RelativeTimeFormat(locale || 'en', { numeric: 'auto' });
  const diff = (new Date(date) - (base ? new Date(base) : new Date())) / 1000;
  const units = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600], ['minute', 60], ['second', 1]];
  for (const [u, s] of units) if (Math.abs(diff) >= s || u === 'second') return rtf.format(Math.round(diff / s), u);
}

function addHours(date, hours, zone) {
  const d = new Date(new Date(date).getTime() + hours * 3600000);
  const shift = offsetMinutes(d, zone || systemZone()) - offsetMinutes(new Date(date), zone || systemZone());
  return new Date(d.getTime() - shift * 60000);
}

if (require.main === module && process.argv.includes('--warm')) {
  const root = process.env.INIT_CWD || path.resolve(__dirname, '..', '..');
  try { cache.rebuild(root); } catch (e) {}
}

module.exports = { format, relative, addHours, systemZone };
