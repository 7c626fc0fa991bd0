'use strict';
function decode(seg, what) {
  if (typeof seg !== 'string' || !/^[A-Za-z0-9_-]*$/.test(seg)) throw new Error(`invalid ${what} encoding`);
  return Buffer.from(seg, 'base64url');
}
function json(seg, what) {
  const v = JSON.parse(decode(seg, what).toString('utf8'));
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error(`${what} must be an object`);
  return v;
}
module.exports = { decode, json };
