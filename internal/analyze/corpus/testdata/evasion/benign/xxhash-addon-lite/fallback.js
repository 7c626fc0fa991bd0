'use strict';
const P1 = 2654435761, P2 = 2246822519, P3 = 3266489917, P4 = 668265263, P5 = 374761393;
const rotl = (x, r) => ((x << r) | (x >>> (32 - r))) >>> 0;
const mul = (a, b) => Math.imul(a, b) >>> 0;

function hash32(buf, seed) {
  let p = 0; const len = buf.length; let h;
  if (len >= 16) {
    let v1 = (seed + P1 + P2) >>> 0, v2 = (seed + P2) >>> 0, v3 = seed >>> 0, v4 = (seed - P1) >>> 0;
    while (p <= len - 16) {
      v1 = mul(rotl((v1 + mul(buf.readUInt32LE(p), P2)) >>> 0, 13), P1); p += 4;
      v2 = mul(rotl((v2 + mul(buf.readUInt32LE(p), P2)) >>> 0, 13), P1); p += 4;
      v3 = mul(rotl((v3 + mul(buf.readUInt32LE(p), P2)) >>> 0, 13), P1); p += 4;
      v4 = mul(rotl((v4 + mul(buf.readUInt32LE(p), P2)) >>> 0, 13), P1); p += 4;
    }
    h = (rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18)) >>> 0;
  } else h = (seed + P5) >>> 0;
  h = (h + len) >>> 0;
  for (; p + 4 <= len; p += 4) h = mul(rotl((h + mul(buf.readUInt32LE(p), P3)) >>> 0, 17), P4);
  for (; p < len; p++) h = mul(rotl((h + mul(buf[p], P5)) >>> 0, 11), P1);
  h ^= h >>> 15; h = mul(h, P2); h ^= h >>> 13; h = mul(h, P3); h ^= h >>> 16;
  return h >>> 0;
}

module.exports = { hash32 };
