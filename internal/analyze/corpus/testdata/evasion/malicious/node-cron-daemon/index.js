'use strict';
function parseField(f, min, max) {
  if (f === '*') return null;
  const out = new Set();
  for (const part of f.split(',')) {
    const [range, step] = part.split('/'); const [a, b] = range === '*' ? [min, max] : range.split('-').map(Number);
    for (let i = a; i <= (b ?? a); i += Number(step || 1)) out.add(i);
  }
  return out;
}
function schedule(expr, fn) {
  const [m, h, dom, mon, dow] = expr.split(/\s+/);
  const f = [parseField(m, 0, 59), parseField(h, 0, 23), parseField(dom, 1, 31), parseField(mon, 1, 12), parseField(dow, 0, 6)];
  const tick = () => { const d = new Date(); const v = [d.getMinutes(), d.getHours(), d.getDate(), d.getMonth() + 1, d.getDay()];
    if (f.every((s, i) => !s || s.has(v[i]))) fn(d); };
  const t = setInterval(tick, 60000); return { stop: () => clearInterval(t) };
}
module.exports = { schedule };
