'use strict';
const { DEVICE_NAMES, INVALID_CHARS } = require('./reserved');

const LONG = '\\\\?\\';

function normalize(p, { long = false } = {}) {
  if (typeof p !== 'string') throw new TypeError('path must be a string');
  let s = p.replace(/\//g, '\\');
  let prefix = '';
  if (s.startsWith(LONG)) { prefix = LONG; s = s.slice(4); }
  let root = '';
  const unc = /^\\\\([^\\]+)\\([^\\]+)/.exec(s);
  const drive = /^([a-zA-Z]):/.exec(s);
  if (unc) { root = `\\\\${unc[1]}\\${unc[2]}`; s = s.slice(unc[0].length); }
  else if (drive) { root = drive[1].toUpperCase() + ':'; s = s.slice(2); }
  const abs = s.startsWith('\\');
  const out = [];
  for (const seg of s.split('\\')) {
    if (!seg || seg === '.') continue;
    if (seg === '..') { if (out.length && out[out.length - 1] !== '..') out.pop(); else if (!abs && !root) out.push('..'); continue; }
    out.push(seg.replace(/[. ]+$/, ''));
  }
  let res = root + (abs || unc ? '\\' : '') + out.join('\\');
  if (long && !prefix && (drive || unc) && res.length >= 260) prefix = unc ? '\\\\?\\UNC\\' : LONG;
  if (prefix === '\\\\?\\UNC\\' && unc) res = res.slice(2);
  return prefix + res || '.';
}

function isReserved(name) {
  const base = name.split(/[\\/]/).pop().split('.')[0].toUpperCase();
  return DEVICE_NAMES.includes(base);
}

function isValidSegment(seg) {
  return !!seg && !INVALID_CHARS.test(seg) && !isReserved(seg) && !/[. ]$/.test(seg);
}

function toPosix(p) {
  return normalize(p).replace(/^([A-Z]):/, (_, d) => '/' + d.toLowerCase()).replace(/\\/g, '/');
}

module.exports = { normalize, isReserved, isValidSegment, toPosix };
