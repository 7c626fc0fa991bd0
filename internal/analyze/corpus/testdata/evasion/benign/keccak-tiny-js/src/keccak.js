'use strict';
// Round constants RC[0..23] as [low32, high32] pairs.
const RC = new Uint32Array([
  0x00000001, 0x00000000, 0x00008082, 0x00000000, 0x0000808a, 0x80000000, 0x80008000, 0x80000000,
  0x0000808b, 0x00000000, 0x80000001, 0x00000000, 0x80008081, 0x80000000, 0x00008009, 0x80000000,
  0x0000008a, 0x00000000, 0x00000088, 0x00000000, 0x80008009, 0x00000000, 0x8000000a, 0x00000000,
  0x8000808b, 0x00000000, 0x0000008b, 0x80000000, 0x00008089, 0x80000000, 0x00008003, 0x80000000,
  0x00008002, 0x80000000, 0x00000080, 0x80000000, 0x0000800a, 0x00000000, 0x8000000a, 0x80000000,
  0x80008081, 0x80000000, 0x00008080, 0x80000000, 0x80000001, 0x00000000, 0x80008008, 0x80000000,
]);
// Rotation offsets indexed by lane x + 5y.
const ROT = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];
// pi step destination lane for each source lane.
const PI = new Uint8Array(25);
for (let x = 0; x < 5; x++) for (let y = 0; y < 5; y++) PI[x + 5 * y] = y + 5 * ((2 * x + 3 * y) % 5);

const C = new Uint32Array(10);
const Bst = new Uint32Array(50);

function rotl(lo, hi, n, out, o) {
  if (n >= 32) { const t = lo; lo = hi; hi = t; n -= 32; }
  if (n === 0) { out[o] = lo; out[o + 1] = hi; return; }
  out[o] = (lo << n) | (hi >>> (32 - n));
  out[o + 1] = (hi << n) | (lo >>> (32 - n));
}

function keccakF(s) {
  for (let round = 0; round < 24; round++) {
    // theta
    for (let x = 0; x < 5; x++) {
      C[2 * x] = s[2 * x] ^ s[2 * x + 10] ^ s[2 * x + 20] ^ s[2 * x + 30] ^ s[2 * x + 40];
      C[2 * x + 1] = s[2 * x + 1] ^ s[2 * x + 11] ^ s[2 * x + 21] ^ s[2 * x + 31] ^ s[2 * x + 41];
    }
    for (let x = 0; x < 5; x++) {
      const p = ((x + 4) % 5) * 2;
      const n = ((x + 1) % 5) * 2;
      const dLo = C[p] ^ ((C[n] << 1) | (C[n + 1] >>> 31));
      const dHi = C[p + 1] ^ ((C[n + 1] << 1) | (C[n] >>> 31));
      for (let y = 0; y < 25; y += 5) {
        s[2 * (x + y)] ^= dLo;
        s[2 * (x + y) + 1] ^= dHi;
      }
    }
    // rho + pi
    for (let i = 0; i < 25; i++) rotl(s[2 * i], s[2 * i + 1], ROT[i], Bst, 2 * PI[i]);
    // chi
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) {
        const a = 2 * (x + y);
        const b = 2 * (((x + 1) % 5) + y);
        const c = 2 * (((x + 2) % 5) + y);
        s[a] = Bst[a] ^ (~Bst[b] & Bst[c]);
        s[a + 1] = Bst[a + 1] ^ (~Bst[b + 1] & Bst[c + 1]);
      }
    }
    // iota
    s[0] ^= RC[2 * round];
    s[1] ^= RC[2 * round + 1];
  }
}

function absorbByte(s, pos, byte) {
  const lane = pos >> 3;
  const shift = (pos & 3) << 3;
  s[2 * lane + ((pos >> 2) & 1)] ^= byte << shift;
}

function squeezeByte(s, pos) {
  const lane = pos >> 3;
  return (s[2 * lane + ((pos >> 2) & 1)] >>> ((pos & 3) << 3)) & 0xff;
}

// Generic sponge: rate in bytes, domain separation byte, output length in bytes.
function sponge(data, rate, dsByte, outLen) {
  const s = new Uint32Array(50);
  let pos = 0;
  for (let i = 0; i < data.length; i++) {
    absorbByte(s, pos++, data[i]);
    if (pos === rate) { keccakF(s); pos = 0; }
  }
  absorbByte(s, pos, dsByte);
  absorbByte(s, rate - 1, 0x80);
  keccakF(s);
  const out = new Uint8Array(outLen);
  let o = 0;
  while (o < outLen) {
    for (let i = 0; i < rate && o < outLen; i++) out[o++] = squeezeByte(s, i);
    if (o < outLen) keccakF(s);
  }
  return out;
}

module.exports = { sponge, keccakF };
