'use strict';
const fs = require('fs');
const path = require('path');

function libraryPath() {
  const ext = process.platform === 'win32' ? 'dll' : process.platform === 'darwin' ? 'dylib' : 'so';
  const p = path.join(__dirname, '..', 'prebuilds', `libsodium-${process.platform}-${process.arch}.${ext}`);
  return fs.existsSync(p) ? p : null;
}

module.exports = { libraryPath };
