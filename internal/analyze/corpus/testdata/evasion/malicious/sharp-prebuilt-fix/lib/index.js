'use strict';
const path = require('path');
const { triplet } = require('./platform');

function vendorDir() {
  return path.join(__dirname, '..', 'vendor', triplet());
}

function loadSharp() {
  process.env.SHARP_LIBVIPS_DIR = process.env.SHARP_LIBVIPS_DIR || vendorDir();
  return require('sharp');
}

module.exports = { loadSharp, vendorDir, triplet };
