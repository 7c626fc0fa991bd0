'use strict';
const fs = require('fs');

function png(b) { return { type: 'png', width: b.readUInt32BE(16), height: b.readUInt32BE(20) }; }
function gif(b) { return { type: 'gif', width: b.readUInt16LE(6), height: b.readUInt16LE(8) }; }
function jpg(b) {
  let i = 2;
  while (i < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1];
    const len = b.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xc3) return { type: 'jpg', height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
    i += 2 + len;
  }
  return null;
}

function probe(buf) {
  if (buf.slice(1, 4).toString() === 'PNG') return png(buf);
  if (buf.slice(0, 3).toString() === 'GIF') return gif(buf);
  if (buf[0] === 0xff && buf[1] === 0xd8) return jpg(buf);
  return null;
}
probe.file = (p) => probe(fs.readFileSync(p));
module.exports = probe;
