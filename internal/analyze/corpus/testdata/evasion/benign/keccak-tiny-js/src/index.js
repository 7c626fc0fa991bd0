'use strict';
const { sponge } = require('./keccak');
const { toHex, fromHex, toBase64, utf8 } = require('./encoding');

const keccak256 = (m) => sponge(utf8(m), 136, 0x01, 32);
const keccak512 = (m) => sponge(utf8(m), 72, 0x01, 64);
const sha3_256 = (m) => sponge(utf8(m), 136, 0x06, 32);
const sha3_512 = (m) => sponge(utf8(m), 72, 0x06, 64);
const shake128 = (m, outLen = 32) => sponge(utf8(m), 168, 0x1f, outLen);
const shake256 = (m, outLen = 64) => sponge(utf8(m), 136, 0x1f, outLen);

// EIP-55 mixed-case checksum address.
function toChecksumAddress(address) {
  const a = address.toLowerCase().replace(/^0x/, '');
  if (!/^[0-9a-f]{40}$/.test(a)) throw new Error('invalid address');
  const h = toHex(keccak256(a));
  let out = '0x';
  for (let i = 0; i < 40; i++) out += parseInt(h[i], 16) >= 8 ? a[i].toUpperCase() : a[i];
  return out;
}

module.exports = { keccak256, keccak512, sha3_256, sha3_512, shake128, shake256, toChecksumAddress, toHex, fromHex, toBase64 };
