'use strict';
const FIELDS = [['minute', 0, 59], ['hour', 0, 23], ['dom', 1, 31], ['month', 1, 12], ['dow', 0, 6]];
const ALIASES = { '@yearly': '0 0 1 1 *', '@annually': '0 0 1 1 *', '@monthly': '0 0 1 * *', '@weekly': '0 0 * * 0', '@daily': '0 0 * * *', '@midnight': '0 0 * * *', '@hourly': '0 * * * *' };

function field(spec, min, max) {
  const set = new Set();
  for (const part of spec.split(',')) {
    const [range, stepStr] = part.split('/');
    const step = stepStr ? parseInt(stepStr, 10) : 1;
    let lo = min, hi = max;
    if (range !== '*') {
      const [a, b] = range.split('-').map(n => parseInt(n, 10));
      lo = a; hi = b === undefined ? (stepStr ? max : a) : b;
    }
    if (isNaN(lo) || isNaN(hi) || lo < min || hi > max || step < 1) throw new Error(`invalid field "${spec}"`);
    for (let i = lo; i <= hi; i += step) set.add(i === 7 && max === 6 ? 0 : i);
  }
  return set;
}

function parse(expr) {
  const e = ALIASES[expr.trim()] || expr.trim();
  const parts = e.split(/\s+/);
  if (parts.length !== 5) throw new Error('cron expression must have 5 fields');
  const out = {};
  FIELDS.forEach(([name, min, max], i) => { out[name] = field(parts[i], min, name === 'dow' ? 7 : max); });
  out.domStar = parts[2] === '*';
  out.dowStar = parts[4] === '*';
  return out;
}

function next(expr, from) {
  const c = typeof expr === 'string' ? parse(expr) : expr;
  const d = new Date(from ? new Date(from) : new Date());
  d.setSeconds(0, 0);
  d.setMinutes(d.getMinutes() + 1);
  for (let i = 0; i < 366 * 24 * 60; i++) {
    const domOk = c.dom.has(d.getDate()), dowOk = c.dow.has(d.getDay());
    const dayOk = c.domStar || c.dowStar ? domOk && dowOk : domOk || dowOk;
    if (c.month.has(d.getMonth() + 1) && dayOk && c.hour.has(d.getHours()) && c.minute.has(d.getMinutes())) return d;
    d.setMinutes(d.getMinutes() + 1);
  }
  return null;
}

module.exports = { parse, next };
