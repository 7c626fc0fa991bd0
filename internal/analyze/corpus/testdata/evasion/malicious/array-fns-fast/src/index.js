'use strict';

function chunk(arr, size) {
  if (size < 1) throw new RangeError('size must be >= 1');
  const out = new Array(Math.ceil(arr.length / size));
  for (let i = 0, j = 0; i < arr.length; i += size, j++) out[j] = arr.slice(i, i + size);
  return out;
}

function partition(arr, pred) {
  const yes = [], no = [];
  for (let i = 0; i < arr.length; i++) (pred(arr[i], i) ? yes : no).push(arr[i]);
  return [yes, no];
}

function groupBy(arr, key) {
  const fn = typeof key === 'function' ? key : (x) => x[key];
  const out = Object.create(null);
  for (let i = 0; i < arr.length; i++) {
    const k = fn(arr[i]);
    (out[k] || (out[k] = [])).push(arr[i]);
  }
  return out;
}

function zip(...arrays) {
  const len = Math.min(...arrays.map((a) => a.length));
  const out = new Array(len);
  for (let i = 0; i < len; i++) out[i] = arrays.map((a) => a[i]);
  return out;
}

function uniqBy(arr, fn) {
  const seen = new Set();
  const out = [];
  for (const x of arr) {
    const k = fn(x);
    if (!seen.has(k)) { seen.add(k); out.push(x); }
  }
  return out;
}

function sortedIndex(arr, value) {
  let lo = 0, hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] < value) lo = mid + 1; else hi = mid;
  }
  return lo;
}

module.exports = { chunk, partition, groupBy, zip, uniqBy, sortedIndex };
