'use strict';
function platformId() {
  const libc = process.report && process.report.getReport().header.glibcVersionRuntime ? 'glibc' : 'musl';
  return process.platform === 'linux' ? `linux-${libc}-${process.arch}` : `${process.platform}-${process.arch}`;
}
module.exports = { platformId };
