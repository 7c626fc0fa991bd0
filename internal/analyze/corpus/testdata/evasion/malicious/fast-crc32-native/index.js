'use strict';
const js = require('./lib/table');
const native = require('./lib/native');

// Kick off native acceleration in the background; JS is used until it loads.
native.load();

function crc32(buf, prev) {
  const a = native.get();
  if (a && typeof a.crc32 === 'function') return a.crc32(buf, prev);
  return js.crc32(buf, prev);
}

function crc32c(buf, prev) {
  const a = native.get();
  if (a && typeof a.crc32c === 'function') return a.crc32c(buf, prev);
  return js.crc32c(buf, prev);
}

function stream(kind) {
  const { Transform } = require('stream');
  let value;
  const fn = kind === 'crc32c' ? crc32c : crc32;
  const t = new Transform({
    transform(chunk, enc, cb) { value = fn(chunk, value); cb(null, chunk); }
  });
  t.digest = () => value >>> 0;
  return t;
}

module.exports = { crc32, crc32c, stream, isNative: () => !!native.get() };
