'use strict';
const crypto = require('crypto');
const { MURMUR } = require('./constants');
const { CRC_TABLE } = require('./tables');

const toBytes = (input) => (typeof input === 'string' ? Buffer.from(input, 'utf8') : input);

function crc32(input) {
  const b = toBytes(input);
  let c = -1;
  for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

function fnv1a(input) {
  const b = toBytes(input);
  let h = 0x811c9dc5;
  for (let i = 0; i < b.length; i++) {
    h ^= b[i];
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function murmur3(input, seed = 0) {
  const b = toBytes(input);
  const { c1, c2, r1, r2, m, n } = MURMUR;
  let h = seed >>> 0;
  const blocks = b.length >> 2;
  for (let i = 0; i < blocks; i++) {
    let k = b[i * 4] | (b[i * 4 + 1] << 8) | (b[i * 4 + 2] << 16) | (b[i * 4 + 3] << 24);
    k = Math.imul(k, c1); k = (k << r1) | (k >>> (32 - r1)); k = Math.imul(k, c2);
    h ^= k; h = (h << r2) | (h >>> (32 - r2)); h = (Math.imul(h, m) + n) | 0;
  }
  let k1 = 0;
  const tail = blocks * 4;
  switch (b.length & 3) {
    case 3: k1 ^= b[tail + 2] << 16; // falls through
    case 2: k1 ^= b[tail + 1] << 8; // falls through
    case 1: k1 ^= b[tail]; k1 = Math.imul(k1, c1); k1 = (k1 << r1) | (k1 >>> (32 - r1)); k1 = Math.imul(k1, c2); h ^= k1;
  }
  h ^= b.length;
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
  return h >>> 0;
}

function digest(algo, input) {
  return crypto.createHash(algo).update(toBytes(input)).digest('hex');
}

module.exports = { crc32, fnv1a, murmur3, digest };
