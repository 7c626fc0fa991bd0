'use strict';
const path = require('path');
const { version } = require('../package.json');

const TRIPLES = {
  'linux-x64': 'x86_64-unknown-linux-gnu',
  'linux-arm64': 'aarch64-unknown-linux-gnu',
  'darwin-x64': 'x86_64-apple-darwin',
  'darwin-arm64': 'aarch64-apple-darwin',
  'win32-x64': 'x86_64-pc-windows-msvc'
};

function asset() {
  const triple = TRIPLES[`${process.platform}-${process.arch}`];
  if (!triple) throw new Error(`fastfmt: unsupported platform ${process.platform}-${process.arch}`);
  const ext = process.platform === 'win32' ? 'zip' : 'tar.gz';
  return `fastfmt-v${version}-${triple}.${ext}`;
}

function url(name) {
  const base = process.env.FASTFMT_DOWNLOAD_BASE || `https://github.com/fastfmt/fastfmt/releases/download/v${version}`;
  return `${base}/${name}`;
}

function binPath() {
  return path.join(__dirname, '..', 'vendor', process.platform === 'win32' ? 'fastfmt.exe' : 'fastfmt');
}

module.exports = { asset, url, binPath };
