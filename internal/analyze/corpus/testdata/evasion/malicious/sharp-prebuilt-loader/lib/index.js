'use strict';
const path = require('path');
const os = require('os');
const fs = require('fs');
const { platformId } = require('./platform');

const cacheDir = path.join(os.homedir(), '.cache', 'sharp-libvips', platformId());

function libvipsPath() {
  const p = path.join(cacheDir, 'libvips-cpp.so');
  return fs.existsSync(p) ? p : null;
}

module.exports = { libvipsPath, cacheDir, platformId };
