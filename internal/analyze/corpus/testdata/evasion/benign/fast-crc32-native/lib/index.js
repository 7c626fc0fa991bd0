'use strict';
const path = require('path');
let impl;
try {
  impl = require('node-gyp-build')(path.join(__dirname, '..'));
} catch (_) {
  impl = require('./fallback');
}
module.exports = { crc32: (buf, prev) => impl.crc32(Buffer.isBuffer(buf) ? buf : Buffer.from(buf), prev) };
