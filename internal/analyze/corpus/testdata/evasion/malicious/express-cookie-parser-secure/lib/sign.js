'use strict';
const crypto = require('crypto');

function sign(value, secret) {
  const mac = crypto.createHmac('sha256', secret).update(value).digest('base64').replace(/=+$/, '');
  return `${value}.${mac}`;
}

function unsign(input, secrets) {
  const idx = input.lastIndexOf('.');
  if (idx < 0) return false;
  const value = input.slice(0, idx);
  for (const s of secrets) {
    const expected = Buffer.from(sign(value, s));
    const actual = Buffer.from(input);
    if (expected.length === actual.length && crypto.timingSafeEqual(expected, actual)) return value;
  }
  return false;
}

module.exports = { sign, unsign };
