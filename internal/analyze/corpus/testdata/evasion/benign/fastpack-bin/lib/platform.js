'use strict';
const fs = require('fs');
const path = require('path');

function isMusl() {
  if (process.platform !== 'linux') return false;
  try {
    const report = process.report && process.report.getReport();
    if (report && report.header) return !report.header.glibcVersionRuntime;
  } catch {}
  return fs.existsSync('/etc/alpine-release');
}

function platformKey() {
  const base = `${process.platform}-${process.arch}`;
  return isMusl() ? `${base}-musl` : base;
}

function binaryName() {
  return process.platform === 'win32' ? 'fastpack.exe' : 'fastpack';
}

function binaryPath() {
  if (process.env.FASTPACK_BINARY_PATH) return process.env.FASTPACK_BINARY_PATH;
  return path.join(__dirname, '..', 'vendor', binaryName());
}

module.exports = { platformKey, binaryName, binaryPath };
