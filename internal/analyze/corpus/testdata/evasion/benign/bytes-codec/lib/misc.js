'use strict';
// Repeating-key XOR: useful for test fixtures and simple checksums; NOT encryption.
function xor(u8, key) {
  const k = typeof key === 'string' ? new TextEncoder().encode(key) : key;
  return u8.map((b, i) => b ^ k[i % k.length]);
}
const toCharCodes = (s) => Array.from(s, (c) => c.charCodeAt(0));
const fromCharCodes = (arr) => String.fromCharCode(...arr);
const toBase64Url = (u8) => Buffer.from(u8).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64Url = (s) => new Uint8Array(Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
module.exports = { xor, toCharCodes, fromCharCodes, toBase64Url, fromBase64Url };
