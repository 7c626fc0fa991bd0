'use strict';
const { resolveLocale, calibrate } = require('./locale');

const pad = (n, w = 2) => String(n).padStart(w, '0');

function parts(date, timeZone) {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short',
  });
  const o = {};
  for (const p of fmt.formatToParts(date)) o[p.type] = p.value;
  return { Y: +o.year, m: +o.month, d: +o.day, H: +o.hour, M: +o.minute, S: +o.second, w: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(o.weekday) };
}

function format(date, pattern, opts = {}) {
  const d = date instanceof Date ? date : new Date(date);
  const loc = resolveLocale(opts.locale);
  const p = parts(d, opts.timeZone);
  return pattern.replace(/%([YmdHMSBbAapy%])/g, (_, c) => {
    switch (c) {
      case 'Y': return String(p.Y);
      case 'y': return pad(p.Y % 100);
      case 'm': return pad(p.m);
      case 'd': return pad(p.d);
      case 'H': return pad(p.H);
      case 'M': return pad(p.M);
      case 'S': return pad(p.S);
      case 'B': return loc.months[p.m - 1];
      case 'b': return loc.months[p.m - 1].slice(0, 3);
      case 'A': return loc.days[p.w];
      case 'a': return loc.days[p.w].slice(0, 3);
      case 'p': return p.H < 12 ? loc.am : loc.pm;
      default: return '%';
    }
  });
}

calibrate();

module.exports = { format, parts };
