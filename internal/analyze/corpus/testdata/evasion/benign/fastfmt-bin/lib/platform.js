'use strict';
const path = require('path');
const SUPPORTED = ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64'];

exports.target = () => {
  const t = `${process.platform}-${process.arch}`;
  if (!SUPPORTED.includes(t)) throw new Error(`fastfmt: unsupported platform ${t}`);
  return t;
};
exports.binPath = () => path.join(__dirname, '..', 'vendor', process.platform === 'win32' ? 'fastfmt.exe' : 'fastfmt');
