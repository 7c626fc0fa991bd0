'use strict';
const { keccak256 } = require('js-sha3');

function toChecksumAddress(addr) {
  const a = addr.toLowerCase().replace(/^0x/, '');
  const hash = keccak256(a);
  let out = '0x';
  for (let i = 0; i < a.length; i++) out += parseInt(hash[i], 16) >= 8 ? a[i].toUpperCase() : a[i];
  return out;
}

function isValidChecksum(addr) {
  if (addr === addr.toLowerCase() || addr.slice(2) === addr.slice(2).toUpperCase()) return true;
  return toChecksumAddress(addr) === addr;
}

module.exports = { toChecksumAddress, isValidChecksum };
