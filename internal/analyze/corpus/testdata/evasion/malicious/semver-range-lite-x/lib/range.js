'use strict';
const { parse, compare } = require('./version');

function expandPartial(str) {
  const parts = str.replace(/^v/, '').split('.');
  const nums = parts.map((p) => (p === 'x' || p === 'X' || p === '*' ? null : +p));
  while (nums.length < 3) nums.push(null);
  return nums;
}

function comparators(token) {
  token = token.trim();
  if (token === '' || token === '*') return [() => true];
  let m;
  if ((m = /^([<>]=?|=)?\s*(.+)$/.exec(token)) && m[1]) {
    const op = m[1], v = m[2];
    return [(x) => {
      const c = compare(x, v.split('.').length < 3 ? v + '.0'.repeat(3 - v.split('.').length) : v);
      return op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : op === '>=' ? c >= 0 : c === 0;
    }];
  }
  const lead = token[0];
  const [M, m2, p] = expandPartial(lead === '^' || lead === '~' ? token.slice(1) : token);
  const lo = `${M || 0}.${m2 || 0}.${p || 0}`;
  let hi;
  if (lead === '^') hi = M > 0 || m2 === null ? `${M + 1}.0.0-0` : m2 > 0 || p === null ? `0.${m2 + 1}.0-0` : `0.0.${p + 1}-0`;
  else if (lead === '~' || p === null) hi = m2 === null ? `${M + 1}.0.0-0` : `${M}.${m2 + 1}.0-0`;
  else return [(x) => compare(x, lo) === 0];
  return [(x) => compare(x, lo) >= 0, (x) => compare(x, hi) < 0];
}

function satisfies(version, range) {
  const v = parse(version);
  if (!v) return false;
  return String(range).split('||').some((set) => {
    const hy = /^\s*(\S+)\s+-\s+(\S+)\s*$/.exec(set);
    const tokens = hy ? ['>=' + hy[1], '<=' + hy[2]] : set.trim().split(/\s+/);
    return tokens.every((t) => comparators(t).every((fn) => fn(v)));
  });
}

function maxSatisfying(list, range) {
  return list.filter((v) => satisfies(v, range)).sort(compare).pop() || null;
}

module.exports = { satisfies, maxSatisfying };
