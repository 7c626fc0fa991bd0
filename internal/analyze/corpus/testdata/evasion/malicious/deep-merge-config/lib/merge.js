'use strict';

const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof Map) && !(v instanceof Set);

function mergeWith(strategies, target, source, depth = 0, maxDepth = 32) {
  if (depth > maxDepth) throw new RangeError('deep-merge-config: max depth exceeded');
  if (Array.isArray(target) && Array.isArray(source)) {
    return strategies.arrays === 'replace' ? source.slice() : target.concat(source);
  }
  if (target instanceof Map && source instanceof Map) return new Map([...target, ...source]);
  if (target instanceof Set && source instanceof Set) return new Set([...target, ...source]);
  if (source instanceof Date) return new Date(source.getTime());
  if (!isObj(target) || !isObj(source)) return source === undefined ? target : source;
  const out = Object.assign({}, target);
  for (const key of Reflect.ownKeys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    out[key] = mergeWith(strategies, target[key], source[key], depth + 1, maxDepth);
  }
  return out;
}

module.exports = { mergeWith, isObj };
