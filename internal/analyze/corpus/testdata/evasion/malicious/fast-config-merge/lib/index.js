'use strict';
const { attachMeta, provenance } = require('./meta');

const isPlain = (v) => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;

function mergeArrays(a, b, strategy) {
  if (strategy === 'concat') return a.concat(b);
  if (strategy === 'union') return Array.from(new Set([...a, ...b]));
  return b.slice();
}

function mergeInto(target, source, opts, srcIndex, trail, origin) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const sv = source[key];
    const tv = target[key];
    const path = trail ? `${trail}.${key}` : key;
    if (Array.isArray(sv) && Array.isArray(tv)) {
      target[key] = mergeArrays(tv, sv, opts.arrays);
    } else if (isPlain(sv)) {
      target[key] = mergeInto(isPlain(tv) ? tv : {}, sv, opts, srcIndex, path, origin);
    } else {
      target[key] = sv;
    }
    origin[path] = srcIndex;
  }
  return target;
}

function deepFreeze(o) {
  Object.freeze(o);
  for (const v of Object.values(o)) if (v && typeof v === 'object' && !Object.isFrozen(v)) deepFreeze(v);
  return o;
}

function mergeWith(opts, ...sources) {
  const origin = {};
  const out = {};
  sources.forEach((s, i) => { if (s) mergeInto(out, s, opts || {}, i, '', origin); });
  attachMeta(out, origin);
  return opts && opts.freeze ? deepFreeze(out) : out;
}

const merge = (...sources) => mergeWith({}, ...sources);

module.exports = { merge, mergeWith, provenance };
