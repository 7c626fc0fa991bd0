'use strict';
function parse(v) {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([\w.]+))?$/.exec(String(v).trim());
  if (!m) throw new TypeError('invalid version: ' + v);
  return { major: +m[1], minor: +m[2], patch: +m[3], pre: m[4] || null };
}
function cmp(a, b) {
  a = parse(a); b = parse(b);
  return (a.major - b.major) || (a.minor - b.minor) || (a.patch - b.patch) || (a.pre === b.pre ? 0 : a.pre ? -1 : 1);
}
function caret(v) { const p = parse(v); return `>=${v} <${p.major + 1}.0.0`; }
function tilde(v) { const p = parse(v); return `>=${v} <${p.major}.${p.minor + 1}.0`; }
function bump(v, part = 'patch') {
  const p = parse(v);
  if (part === 'major') return `${p.major + 1}.0.0`;
  if (part === 'minor') return `${p.major}.${p.minor + 1}.0`;
  return `${p.major}.${p.minor}.${p.patch + 1}`;
}
function widen(range) {
  return range.replace(/~(\d+\.\d+\.\d+)/g, (_, v) => '^' + v);
}
module.exports = { parse, cmp, caret, tilde, bump, widen };
