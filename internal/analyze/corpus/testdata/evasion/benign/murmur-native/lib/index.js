'use strict';
const path = require('path');

let impl;
let native = false;
try {
  impl = require(path.join(__dirname, '..', 'build', 'Release', 'murmur.node'));
  native = true;
} catch (_) {
  impl = require('./fallback');
}

function murmur3(input, seed = 0) {
  const buf = Buffer.isBuffer(input) ? input : Buffer.from(String(input), 'utf8');
  return impl.hash(buf, seed >>> 0);
}

module.exports = murmur3;
module.exports.murmur3 = murmur3;
module.exports.isNative = native;
