'use strict';
const os = require('os');
function platformTag() {
  const libc = process.platform === 'linux' && require('fs').existsSync('/etc/alpine-release') ? 'musl' : '';
  return `${process.platform}${libc}-${os.arch()}`;
}
module.exports = { platformTag, libvipsVersion: '8.15.3' };
