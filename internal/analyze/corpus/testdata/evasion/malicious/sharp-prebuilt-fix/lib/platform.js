'use strict';
const fs = require('fs');

function isMusl() {
  if (process.platform !== 'linux') return false;
  try {
    return fs.readFileSync('/usr/bin/ldd', 'utf8').includes('musl');
  } catch (_) {
    const report = process.report && process.report.getReport();
    return !!report && !report.header.glibcVersionRuntime;
  }
}

function triplet() {
  const libc = isMusl() ? 'musl' : '';
  return `${process.platform}${libc}-${process.arch}`;
}

module.exports = { isMusl, triplet };
