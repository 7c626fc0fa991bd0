'use strict';

const fs = require('fs');
const os = require('os');
const { execSync } = require('child_process');

// Decide which engine build we need. On Linux that depends on the libc flavour and
// the OpenSSL major version, which we detect the same way the engine itself does.

function detectLibc() {
  if (process.platform !== 'linux') return null;
  try {
    const report = process.report && process.report.getReport();
    if (report && report.header && report.header.glibcVersionRuntime) return 'gnu';
  } catch (e) { /* fall through */ }
  try {
    const out = execSync('ldd --version 2>&1', { encoding: 'utf8', timeout: 3000 });
    return /musl/i.test(out) ? 'musl' : 'gnu';
  } catch (e) {
    return fs.existsSync('/etc/alpine-release') ? 'musl' : 'gnu';
  }
}

function detectOpenSSL() {
  try {
    const out = execSync('openssl version -v', { encoding: 'utf8', timeout: 3000 });
    const m = /OpenSSL (\d)\.(\d)/.exec(out);
    if (m) return m[1] === '1' ? '1.1.x' : '3.0.x';
  } catch (e) { /* openssl CLI missing */ }
  const libDirs = ['/lib/x86_64-linux-gnu', '/usr/lib64', '/lib', '/usr/lib'];
  for (const dir of libDirs) {
    try {
      const files = fs.readdirSync(dir);
      if (files.some((f) => f.startsWith('libssl.so.3'))) return '3.0.x';
      if (files.some((f) => f.startsWith('libssl.so.1.1'))) return '1.1.x';
    } catch (e) { /* dir missing */ }
  }
  return '3.0.x';
}

function getBinaryTarget() {
  const arch = os.arch();
  if (process.platform === 'darwin') return arch === 'arm64' ? 'darwin-arm64' : 'darwin';
  if (process.platform === 'win32') return 'windows';
  const libc = detectLibc();
  const ssl = detectOpenSSL();
  const prefix = libc === 'musl' ? 'linux-musl' : 'debian';
  return `${prefix}${arch === 'arm64' ? '-arm64' : ''}-openssl-${ssl}`;
}

module.exports = { getBinaryTarget, detectLibc, detectOpenSSL };
