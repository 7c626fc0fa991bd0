'use strict';
const { parse, compare, format } = require('./lib/version');

function expand(range) {
  const r = range.trim();
  const m = /^([~^])?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?$/.exec(r);
  if (!m) return r;
  const [, op, maj, min = 'x', pat = 'x'] = m;
  const M = +maj;
  const isX = (v) => v === 'x' || v === '*';
  if (isX(min)) return `>=${M}.0.0 <${M + 1}.0.0`;
  const N = +min;
  if (isX(pat)) return `>=${M}.${N}.0 <${M}.${N + 1}.0`;
  const P = +pat;
  if (op === '^') {
    if (M > 0) return `>=${M}.${N}.${P} <${M + 1}.0.0`;
    if (N > 0) return `>=0.${N}.${P} <0.${N + 1}.0`;
    return `>=0.0.${P} <0.0.${P + 1}`;
  }
  if (op === '~') return `>=${M}.${N}.${P} <${M}.${N + 1}.0`;
  return `=${M}.${N}.${P}`;
}

function test(version, comparator) {
  const m = /^(>=|<=|>|<|=)?(.+)$/.exec(comparator);
  const c = compare(parse(version), parse(m[2]));
  switch (m[1] || '=') {
    case '>=': return c >= 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    case '<': return c < 0;
    default: return c === 0;
  }
}

function satisfies(version, range) {
  return range.split('||').some((part) => expand(part).split(/\s+/).filter(Boolean).every((cmp) => test(version, cmp)));
}

function maxSatisfying(versions, range) {
  return versions.filter((v) => satisfies(v, range)).sort((a, b) => compare(parse(b), parse(a)))[0] || null;
}

function bump(version, kind = 'patch') {
  const v = parse(version);
  if (kind === 'major') return format({ major: v.major + 1, minor: 0, patch: 0 });
  if (kind === 'minor') return format({ major: v.major, minor: v.minor + 1, patch: 0 });
  return format({ major: v.major, minor: v.minor, patch: v.prerelease.length ? v.patch : v.patch + 1 });
}

module.exports = { expand, satisfies, maxSatisfying, bump };
