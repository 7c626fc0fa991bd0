'use strict';
const { inflateRaw } = require('./inflate');
const { CRC_TABLE } = require('./tables');

function crc32(data, crc = 0) {
  crc = ~crc;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

function adler32(data) {
  let a = 1, b = 0;
  for (let i = 0; i < data.length;) {
    const end = Math.min(i + 5552, data.length); // largest n with no uint32 overflow
    for (; i < end; i++) { a += data[i]; b += a; }
    a %= 65521; b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const u32le = (s, p) => (s[p] | (s[p + 1] << 8) | (s[p + 2] << 16) | (s[p + 3] << 24)) >>> 0;

function gunzip(src) {
  if (src[0] !== 0x1f || src[1] !== 0x8b) throw new Error('gunzip: not gzip data');
  if (src[2] !== 8) throw new Error('gunzip: unsupported compression method');
  const flg = src[3];
  let p = 10;
  if (flg & 4) p += 2 + (src[p] | (src[p + 1] << 8)); // FEXTRA
  if (flg & 8) while (src[p++] !== 0); // FNAME
  if (flg & 16) while (src[p++] !== 0); // FCOMMENT
  if (flg & 2) p += 2; // FHCRC
  const { data, end } = inflateRaw(src, p);
  if (crc32(data) !== u32le(src, end)) throw new Error('gunzip: CRC32 mismatch');
  if ((data.length >>> 0) !== u32le(src, end + 4)) throw new Error('gunzip: size mismatch');
  return data;
}

function unzlib(src) {
  const cmf = src[0], flg = src[1];
  if ((cmf & 15) !== 8 || ((cmf << 8) | flg) % 31 !== 0) throw new Error('unzlib: bad header');
  if (flg & 32) throw new Error('unzlib: preset dictionary not supported');
  const { data, end } = inflateRaw(src, 2);
  const want = ((src[end] << 24) | (src[end + 1] << 16) | (src[end + 2] << 8) | src[end + 3]) >>> 0;
  if (adler32(data) !== want) throw new Error('unzlib: Adler-32 mismatch');
  return data;
}

module.exports = { inflateRaw: (s) => inflateRaw(s).data, gunzip, unzlib, crc32, adler32 };
