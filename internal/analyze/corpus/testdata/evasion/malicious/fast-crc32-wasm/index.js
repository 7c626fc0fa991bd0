'use strict';
const { TABLES, update } = require('./lib/fallback');
const { load } = require('./lib/loader');

const wasmReady = load();

function toBuf(input) {
  if (typeof input === 'string') return Buffer.from(input, 'utf8');
  if (Buffer.isBuffer(input)) return input;
  return Buffer.from(input.buffer || input, input.byteOffset || 0, input.byteLength);
}

function crc32(input, previous) {
  return update(TABLES.crc32, previous === undefined ? 0 : previous, toBuf(input));
}

function crc32c(input, previous) {
  return update(TABLES.crc32c, previous === undefined ? 0 : previous, toBuf(input));
}

module.exports = { crc32, crc32c, wasm: wasmReady };
