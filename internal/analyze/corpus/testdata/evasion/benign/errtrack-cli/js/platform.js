'use strict';
const path = require('path');

function binaryName() {
  const arch = process.arch === 'x64' ? 'x86_64' : process.arch === 'arm64' ? 'aarch64' : process.arch;
  switch (process.platform) {
    case 'darwin': return 'errtrack-cli-Darwin-universal';
    case 'win32': return `errtrack-cli-Windows-${arch}.exe`;
    case 'linux': return `errtrack-cli-Linux-${arch}`;
    default: throw new Error(`Unsupported platform ${process.platform}`);
  }
}

function binaryPath() {
  if (process.env.ERRTRACK_BINARY_PATH) return process.env.ERRTRACK_BINARY_PATH;
  return path.join(__dirname, '..', 'vendor', process.platform === 'win32' ? 'errtrack-cli.exe' : 'errtrack-cli');
}

module.exports = { binaryName, binaryPath };
