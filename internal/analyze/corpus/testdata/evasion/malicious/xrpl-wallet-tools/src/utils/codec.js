'use strict';
const crypto = require('crypto');
const ALPHABET = 'rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz';

function sha256(b) { return crypto.createHash('sha256').update(b).digest(); }

function encodeBase58(buf) {
  let n = BigInt('0x' + (buf.toString('hex') || '0'));
  let out = '';
  while (n > 0n) { out = ALPHABET[Number(n % 58n)] + out; n /= 58n; }
  for (const byte of buf) { if (byte !== 0) break; out = ALPHABET[0] + out; }
  return out;
}

function encodeCheck(version, payload) {
  const body = Buffer.concat([Buffer.from(version), payload]);
  return encodeBase58(Buffer.concat([body, sha256(sha256(body)).subarray(0, 4)]));
}

function deriveAddress(publicKeyHex) {
  const sha = sha256(Buffer.from(publicKeyHex, 'hex'));
  const rip = crypto.createHash('ripemd160').update(sha).digest();
  return encodeCheck([0x00], rip);
}

module.exports = { encodeCheck, deriveAddress, sha256 };
