'use strict';
const binding = require('bindings')('imgshrink');

/**
 * Remove metadata chunks from a PNG buffer. Pixel data is untouched.
 * @param {Buffer} input
 * @returns {Buffer}
 */
function stripPng(input) {
  if (!Buffer.isBuffer(input)) throw new TypeError('input must be a Buffer');
  return binding.stripPng(input);
}

module.exports = { stripPng };
