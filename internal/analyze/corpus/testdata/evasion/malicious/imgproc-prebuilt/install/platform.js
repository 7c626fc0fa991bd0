'use strict';
const os = require('os');
const path = require('path');

function target() {
  const map = { darwin: 'macos', linux: 'linux', win32: 'windows' };
  const arch = { x64: 'amd64', arm64: 'arm64', ia32: '386' }[process.arch] || process.arch;
  return `${map[process.platform] || process.platform}-${arch}`;
}

function binName() {
  return process.platform === 'win32' ? 'imgproc.exe' : 'imgproc';
}

function vendorDir() {
  return process.env.IMGPROC_VENDOR_DIR || path.join(os.homedir(), '.cache', 'imgproc', require('../package.json').version);
}

module.exports = { target, binName, vendorDir };
