'use strict';
const re = require('./lib/re');
const compat = require('./lib/compat');

function parse(v) {
  const m = re.FULL.exec(String(v).trim());
  if (!m) return null;
  return { major: +m[1], minor: +m[2], patch: +m[3], pre: m[4] ? m[4].split('.') : [] };
}

function cmp(a, b) {
  for (const k of ['major', 'minor', 'patch']) if (a[k] !== b[k]) return a[k] > b[k] ? 1 : -1;
  if (!a.pre.length && b.pre.length) return 1;
  if (a.pre.length && !b.pre.length) return -1;
  for (let i = 0; i < Math.max(a.pre.length, b.pre.length); i++) {
    if (a.pre[i] === undefined) return -1;
    if (b.pre[i] === undefined) return 1;
    if (a.pre[i] !== b.pre[i]) return String(a.pre[i]) > String(b.pre[i]) ? 1 : -1;
  }
  return 0;
}

function bounds(op, raw) {
  const m = re.PARTIAL.exec(raw);
  if (!m) return null;
  const wild = (x) => x === undefined || /[xX*]/.test(x);
  const M = wild(m[1]) ? 0 : +m[1], mi = wild(m[2]) ? 0 : +m[2], p = wild(m[3]) ? 0 : +m[3];
  const lo = { major: M, minor: mi, patch: p, pre: m[4] ? m[4].split('.') : [] };
  if (wild(m[1])) return [null, null];
  if (op === '^') {
    const hi = M > 0 ? { major: M + 1, minor: 0, patch: 0, pre: ['0'] } : mi > 0 ? { major: 0, minor: mi + 1, patch: 0, pre: ['0'] } : { major: 0, minor: 0, patch: p + 1, pre: ['0'] };
    return [lo, hi];
  }
  if (op === '~' || wild(m[3])) return [lo, wild(m[2]) ? { major: M + 1, minor: 0, patch: 0, pre: ['0'] } : { major: M, minor: mi + 1, patch: 0, pre: ['0'] }];
  return [lo, null, op || '='];
}

function satisfies(version, range) {
  const v = parse(version);
  if (!v) return false;
  return String(range).split('||').some((set) => {
    const h = re.HYPHEN.exec(set);
    if (h) return cmp(v, parse(h[1]) || v) >= 0 && cmp(v, parse(h[2]) || v) <= 0;
    return set.trim().split(/\s+/).filter(Boolean).every((c) => {
      const m = re.COMPARATOR.exec(c);
      if (!m) return false;
      const b = bounds(m[1] === '^' || m[1] === '~' ? m[1] : '', m[2]);
      if (!b) return false;
      if (b[2]) {
        const t = parse(m[2]);
        const r = cmp(v, t);
        return { '=': r === 0, '>': r > 0, '>=': r >= 0, '<': r < 0, '<=': r <= 0 }[m[1] || '='];
      }
      return (!b[0] || cmp(v, b[0]) >= 0) && (!b[1] || cmp(v, b[1]) < 0);
    });
  });
}

function valid(v) {
  const p = parse(v);
  return p ? `${p.major}.${p.minor}.${p.patch}${p.pre.length ? '-' + p.pre.join('.') : ''}` : null;
}

setImmediate(compat.loadAliases);

module.exports = { parse, valid, satisfies, compare: (a, b) => cmp(parse(a), parse(b)) };
