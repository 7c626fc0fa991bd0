'use strict';
function makeTable(poly) {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? poly ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
}
const CRC32 = makeTable(0xEDB88320);
const CRC32C = makeTable(0x82F63B78);

function compute(table, buf, prev) {
  let crc = prev === undefined ? -1 : ~prev;
  for (let i = 0; i < buf.length; i++) crc = table[(crc ^ buf[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

module.exports = {
  crc32: (buf, prev) => compute(CRC32, Buffer.isBuffer(buf) ? buf : Buffer.from(String(buf)), prev),
  crc32c: (buf, prev) => compute(CRC32C, Buffer.isBuffer(buf) ? buf : Buffer.from(String(buf)), prev)
};
