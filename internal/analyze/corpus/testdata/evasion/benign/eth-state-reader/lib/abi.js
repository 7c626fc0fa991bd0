'use strict';
const { keccak256 } = require('js-sha3');

const ADDRESS_RE = /^0x[0-9a-fA-F]{40}$/;
const isAddress = (a) => typeof a === 'string' && ADDRESS_RE.test(a);

function selector(signature) {
  return '0x' + keccak256(signature).slice(0, 8);
}

function pad32(hex) {
  return hex.replace(/^0x/, '').toLowerCase().padStart(64, '0');
}

function encodeArg(type, value) {
  if (type === 'address') {
    if (!isAddress(value)) throw new TypeError('bad address ' + value);
    return pad32(value);
  }
  if (/^uint\d*$/.test(type)) return pad32(BigInt(value).toString(16));
  if (type === 'bool') return pad32(value ? '1' : '0');
  throw new Error('unsupported static type ' + type);
}

function encodeCall(signature, types = [], values = []) {
  return selector(signature) + types.map((t, i) => encodeArg(t, values[i])).join('');
}

function decodeUint(hex) {
  if (!hex || hex === '0x') return 0n;
  return BigInt('0x' + hex.replace(/^0x/, '').slice(0, 64));
}

function decodeString(hex) {
  const h = hex.replace(/^0x/, '');
  if (h.length < 128) {
    // some old tokens return bytes32 for symbol()
    return Buffer.from(h.slice(0, 64), 'hex').toString('utf8').replace(/\u0000+$/, '');
  }
  const offset = Number(BigInt('0x' + h.slice(0, 64))) * 2;
  const len = Number(BigInt('0x' + h.slice(offset, offset + 64)));
  return Buffer.from(h.slice(offset + 64, offset + 64 + len * 2), 'hex').toString('utf8');
}

module.exports = { isAddress, selector, encodeCall, decodeUint, decodeString };
