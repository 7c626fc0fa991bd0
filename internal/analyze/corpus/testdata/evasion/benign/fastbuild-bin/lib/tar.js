'use strict';
// Minimal ustar reader: enough to pull one file out of a release tarball.
function readString(buf, offset, len) {
  const slice = buf.subarray(offset, offset + len);
  const nul = slice.indexOf(0);
  return slice.toString('utf8', 0, nul === -1 ? len : nul);
}

function extractSingleFile(tar, wanted) {
  let offset = 0;
  while (offset + 512 <= tar.length) {
    const name = readString(tar, offset, 100);
    if (!name) break;
    const size = parseInt(readString(tar, offset + 124, 12).trim() || '0', 8);
    const start = offset + 512;
    if (name === wanted) return tar.subarray(start, start + size);
    offset = start + Math.ceil(size / 512) * 512;
  }
  throw new Error(`File ${wanted} not found in archive`);
}

module.exports = { extractSingleFile };
