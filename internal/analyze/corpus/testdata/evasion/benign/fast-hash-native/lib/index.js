'use strict';
const path = require('path');

function loadNative() {
  const candidates = [
    path.join(__dirname, '..', 'prebuilds', `${process.platform}-${process.arch}`, 'xxhash.node'),
    path.join(__dirname, '..', 'build', 'Release', 'xxhash.node')
  ];
  for (const c of candidates) { try { return require(c); } catch (_) {} }
  return null;
}

const P1 = 0x9E3779B185EBCA87n, P2 = 0xC2B2AE3D27D4EB4Fn, P5 = 0x27D4EB2F165667C5n, M = (1n << 64n) - 1n;
const rotl = (x, r) => ((x << BigInt(r)) | (x >> BigInt(64 - r))) & M;
function xxh64js(buf, seed = 0n) {
  // simplified small-input path (<32 bytes per round), adequate for keys
  let h = (BigInt(seed) + P5 + BigInt(buf.length)) & M;
  let i = 0;
  for (; i + 8 <= buf.length; i += 8) {
    const k = (rotl((buf.readBigUInt64LE(i) * P2) & M, 31) * P1) & M;
    h = (rotl(h ^ k, 27) * P1 + 0x85EBCA77C2B2AE63n) & M;
  }
  for (; i < buf.length; i++) h = (rotl(h ^ ((BigInt(buf[i]) * P5) & M), 11) * P1) & M;
  h ^= h >> 33n; h = (h * P2) & M; h ^= h >> 29n; h = (h * 0x165667B19E3779F9n) & M; h ^= h >> 32n;
  return h;
}

const native = loadNative();
exports.xxh64 = (input, seed = 0) => {
  const buf = Buffer.isBuffer(input) ? input : Buffer.from(String(input));
  return native ? native.xxh64(buf, seed) : xxh64js(buf, BigInt(seed)).toString(16).padStart(16, '0');
};
exports.isNative = !!native;
