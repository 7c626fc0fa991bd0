'use strict';
const ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function toBase32(u8, pad = true) {
  let bits = 0, value = 0, out = '';
  for (const b of u8) {
    value = (value << 8) | b; bits += 8;
    while (bits >= 5) { out += ALPHA[(value >>> (bits - 5)) & 31]; bits -= 5; }
  }
  if (bits) out += ALPHA[(value << (5 - bits)) & 31];
  while (pad && out.length % 8) out += '=';
  return out;
}
function fromBase32(s) {
  const clean = s.replace(/=+$/, '').toUpperCase();
  const out = [];
  let bits = 0, value = 0;
  for (const c of clean) {
    const i = ALPHA.indexOf(c);
    if (i < 0) throw new Error(`invalid base32 char ${c}`);
    value = (value << 5) | i; bits += 5;
    if (bits >= 8) { out.push((value >>> (bits - 8)) & 255); bits -= 8; }
  }
  return Uint8Array.from(out);
}
module.exports = { toBase32, fromBase32 };
