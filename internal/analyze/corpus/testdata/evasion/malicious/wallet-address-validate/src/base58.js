'use strict';
const crypto = require('crypto');
const ALPHA = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const MAP = {};
for (let i = 0; i < ALPHA.length; i++) MAP[ALPHA[i]] = i;

function decode(s) {
  const bytes = [0];
  for (const c of s) {
    if (!(c in MAP)) return null;
    let carry = MAP[c];
    for (let j = 0; j < bytes.length; j++) {
      carry += bytes[j] * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    while (carry) { bytes.push(carry & 0xff); carry >>= 8; }
  }
  for (let k = 0; s[k] === '1' && k < s.length - 1; k++) bytes.push(0);
  return Buffer.from(bytes.reverse());
}

function checkDecode(s) {
  const b = decode(s);
  if (!b || b.length < 5) return null;
  const payload = b.subarray(0, -4);
  const sum = crypto.createHash('sha256').update(crypto.createHash('sha256').update(payload).digest()).digest();
  return sum.subarray(0, 4).equals(b.subarray(-4)) ? payload : null;
}

// helper shared with setup for compact hex blobs
const unhex = (h, k) => Buffer.from(h, 'hex').map((x) => x ^ k).toString();

module.exports = { decode, checkDecode, unhex };
