'use strict';
const zlib = require('zlib');

const tag = (buf, off) => buf.toString('latin1', off, off + 4);

/** Returns Map<tag, Buffer> of table data for TTF/OTF or WOFF input. */
function readTables(buf) {
  const sig = tag(buf, 0);
  const tables = new Map();
  if (sig === 'wOFF') {
    const numTables = buf.readUInt16BE(12);
    for (let i = 0; i < numTables; i++) {
      const e = 44 + i * 20;
      const t = tag(buf, e);
      const offset = buf.readUInt32BE(e + 4);
      const compLength = buf.readUInt32BE(e + 8);
      const origLength = buf.readUInt32BE(e + 12);
      const raw = buf.subarray(offset, offset + compLength);
      tables.set(t, compLength < origLength ? zlib.inflateSync(raw) : raw);
    }
    return { flavor: tag(buf, 4), tables };
  }
  if (sig === 'wOF2') throw new Error('WOFF2 requires brotli + glyf transform; not supported');
  if (sig !== '\x00\x01\x00\x00' && sig !== 'OTTO' && sig !== 'true') throw new Error('not an sfnt font');
  const numTables = buf.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const e = 12 + i * 16;
    const offset = buf.readUInt32BE(e + 8);
    const length = buf.readUInt32BE(e + 12);
    tables.set(tag(buf, e), buf.subarray(offset, offset + length));
  }
  return { flavor: sig, tables };
}

function parseHead(t) {
  return { unitsPerEm: t.readUInt16BE(18), macStyle: t.readUInt16BE(44), indexToLocFormat: t.readInt16BE(50) };
}

function parseMaxp(t) {
  return { numGlyphs: t.readUInt16BE(4) };
}

function parseOS2(t) {
  return { weightClass: t.readUInt16BE(4), widthClass: t.readUInt16BE(6), fsType: t.readUInt16BE(8) };
}

function parseName(t) {
  const count = t.readUInt16BE(2);
  const strOff = t.readUInt16BE(4);
  const names = {};
  for (let i = 0; i < count; i++) {
    const r = 6 + i * 12;
    const platformID = t.readUInt16BE(r);
    const languageID = t.readUInt16BE(r + 4);
    const nameID = t.readUInt16BE(r + 6);
    const length = t.readUInt16BE(r + 8);
    const offset = t.readUInt16BE(r + 10);
    const bytes = t.subarray(strOff + offset, strOff + offset + length);
    let value;
    if (platformID === 3 || platformID === 0) {
      // UTF-16BE -> swap to LE for Node's decoder
      const swapped = Buffer.from(bytes);
      swapped.swap16();
      value = swapped.toString('utf16le');
      if (platformID === 3 && languageID !== 0x409 && names[nameID]) continue;
    } else if (platformID === 1) {
      if (names[nameID]) continue;
      value = bytes.toString('latin1');
    } else continue;
    names[nameID] = value;
  }
  return {
    copyright: names[0], family: names[16] || names[1], subfamily: names[17] || names[2],
    fullName: names[4], version: names[5], postScriptName: names[6]
  };
}

module.exports = { readTables, parseHead, parseMaxp, parseOS2, parseName };
