'use strict';
const path = require('path');
const { promisify } = require('util');

let binding;
function native() {
  if (!binding) binding = require(path.join(__dirname, '..', 'build', 'Release', 'bcrypt_lib.node'));
  return binding;
}

function genSaltSync(rounds = 10, minor = 'b') {
  const crypto = require('crypto');
  return native().gen_salt(minor, rounds, crypto.randomBytes(16));
}

function hashSync(data, salt) {
  if (typeof salt === 'number') salt = genSaltSync(salt);
  return native().encrypt_sync(String(data), salt);
}

function compareSync(data, hash) {
  return native().compare_sync(String(data), hash);
}

function hash(data, salt, cb) {
  if (typeof salt === 'number') salt = genSaltSync(salt);
  return native().encrypt(String(data), salt, cb);
}

function compare(data, hash, cb) {
  return native().compare(String(data), hash, cb);
}

module.exports = {
  genSaltSync,
  hashSync,
  compareSync,
  hash: promisify(hash),
  compare: promisify(compare),
  getRounds: (h) => parseInt(String(h).split('$')[2], 10)
};
