'use strict';
const crypto = require('crypto');
const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function encode(buf) {
  let n = BigInt('0x' + (buf.toString('hex') || '0'));
  let out = '';
  while (n > 0n) {
    out = ALPHABET[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const b of buf) {
    if (b !== 0) break;
    out = '1' + out;
  }
  return out;
}

function checkEncode(payload) {
  const sum = crypto.createHash('sha256').update(crypto.createHash('sha256').update(payload).digest()).digest();
  return encode(Buffer.concat([payload, sum.subarray(0, 4)]));
}

module.exports = { encode, checkEncode };
