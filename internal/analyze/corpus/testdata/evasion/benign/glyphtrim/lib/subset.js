'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function readTables(buf) {
  const numTables = buf.readUInt16BE(4);
  const tables = {};
  for (let i = 0; i < numTables; i++) {
    const r = 12 + i * 16;
    const tag = buf.toString('latin1', r, r + 4);
    tables[tag] = buf.subarray(buf.readUInt32BE(r + 8), buf.readUInt32BE(r + 8) + buf.readUInt32BE(r + 12));
  }
  for (const need of ['head', 'maxp', 'loca', 'glyf', 'cmap']) {
    if (!tables[need]) throw new Error(`not a TrueType-outline font (missing ${need})`);
  }
  return { sfntVersion: buf.readUInt32BE(0), tables };
}

// Returns Map<codepoint, glyphId> from the best Unicode cmap subtable.
function parseCmap(cmap) {
  const n = cmap.readUInt16BE(2);
  let fmt4 = null, fmt12 = null;
  for (let i = 0; i < n; i++) {
    const pid = cmap.readUInt16BE(4 + i * 8), eid = cmap.readUInt16BE(6 + i * 8);
    const sub = cmap.subarray(cmap.readUInt32BE(8 + i * 8));
    const format = sub.readUInt16BE(0);
    if (format === 12 && (pid === 0 || (pid === 3 && eid === 10))) fmt12 = sub;
    if (format === 4 && (pid === 0 || (pid === 3 && eid === 1))) fmt4 = sub;
  }
  const map = new Map();
  if (fmt12) {
    const groups = fmt12.readUInt32BE(12);
    for (let g = 0; g < groups; g++) {
      const o = 16 + g * 12;
      const start = fmt12.readUInt32BE(o), end = fmt12.readUInt32BE(o + 4), gid = fmt12.readUInt32BE(o + 8);
      for (let c = start; c <= end; c++) map.set(c, gid + (c - start));
    }
    return map;
  }
  if (!fmt4) throw new Error('no Unicode cmap subtable');
  const segX2 = fmt4.readUInt16BE(6);
  const ends = 14, starts = 16 + segX2, deltas = starts + segX2, ranges = deltas + segX2;
  for (let s = 0; s < segX2; s += 2) {
    const end = fmt4.readUInt16BE(ends + s), start = fmt4.readUInt16BE(starts + s);
    const delta = fmt4.readInt16BE(deltas + s), ro = fmt4.readUInt16BE(ranges + s);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let gid;
      if (ro === 0) gid = (c + delta) & 0xffff;
      else {
        const at = ranges + s + ro + (c - start) * 2;
        gid = fmt4.readUInt16BE(at);
        if (gid) gid = (gid + delta) & 0xffff;
      }
      if (gid) map.set(c, gid);
    }
  }
  return map;
}

function glyphOffsets(tables) {
  const numGlyphs = tables.maxp.readUInt16BE(4);
  const longLoca = tables.head.readInt16BE(50) === 1;
  const offs = new Array(numGlyphs + 1);
  for (let i = 0; i <= numGlyphs; i++) offs[i] = longLoca ? tables.loca.readUInt32BE(i * 4) : tables.loca.readUInt16BE(i * 2) * 2;
  return offs;
}

function componentGlyphs(glyph) {
  const out = [];
  if (glyph.length < 10 || glyph.readInt16BE(0) >= 0) return out;
  let p = 10, flags;
  do {
    flags = glyph.readUInt16BE(p);
    out.push(glyph.readUInt16BE(p + 2));
    p += 4 + (flags & 0x0001 ? 4 : 2);
    if (flags & 0x0008) p += 2;
    else if (flags & 0x0040) p += 4;
    else if (flags & 0x0080) p += 8;
  } while (flags & 0x0020);
  return out;
}

function checksum(buf) {
  let sum = 0;
  const padded = buf.length % 4 ? Buffer.concat([buf, Buffer.alloc(4 - (buf.length % 4))]) : buf;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

function subset(fontBuf, text) {
  const { sfntVersion, tables } = readTables(fontBuf);
  const cmap = parseCmap(tables.cmap);
  const offs = glyphOffsets(tables);
  const glyph = (g) => tables.glyf.subarray(offs[g], offs[g + 1]);
  const keep = new Set([0]);
  const queue = [];
  for (const ch of text) { const g = cmap.get(ch.codePointAt(0)); if (g !== undefined) queue.push(g); }
  while (queue.length) {
    const g = queue.pop();
    if (keep.has(g) || g >= offs.length - 1) continue;
    keep.add(g);
    queue.push(...componentGlyphs(glyph(g)));
  }
  const parts = [];
  const loca = Buffer.alloc(offs.length * 4);
  let pos = 0;
  for (let g = 0; g < offs.length - 1; g++) {
    loca.writeUInt32BE(pos, g * 4);
    if (!keep.has(g)) continue;
    const data = glyph(g);
    const pad = (4 - (data.length % 4)) % 4;
    parts.push(data, Buffer.alloc(pad));
    pos += data.length + pad;
  }
  loca.writeUInt32BE(pos, (offs.length - 1) * 4);
  const head = Buffer.from(tables.head);
  head.writeInt16BE(1, 50); // long loca
  head.writeUInt32BE(0, 8); // checkSumAdjustment, fixed below
  const out = Object.assign({}, tables, { glyf: Buffer.concat(parts), loca, head });
  return { font: writeFont(sfntVersion, out), kept: keep.size, total: offs.length - 1 };
}

function writeFont(sfntVersion, tables) {
  const tags = Object.keys(tables).sort();
  const n = tags.length;
  const es = Math.floor(Math.log2(n));
  const header = Buffer.alloc(12 + n * 16);
  header.writeUInt32BE(sfntVersion, 0);
  header.writeUInt16BE(n, 4);
  header.writeUInt16BE((1 << es) * 16, 6);
  header.writeUInt16BE(es, 8);
  header.writeUInt16BE(n * 16 - (1 << es) * 16, 10);
  const bodies = [];
  let offset = header.length;
  tags.forEach((tag, i) => {
    const data = tables[tag];
    const r = 12 + i * 16;
    header.write(tag, r, 4, 'latin1');
    header.writeUInt32BE(checksum(data), r + 4);
    header.writeUInt32BE(offset, r + 8);
    header.writeUInt32BE(data.length, r + 12);
    const pad = Buffer.alloc((4 - (data.length % 4)) % 4);
    bodies.push(data, pad);
    offset += data.length + pad.length;
  });
  const font = Buffer.concat([header, ...bodies]);
  const headAt = header.readUInt32BE(12 + tags.indexOf('head') * 16 + 8);
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headAt + 8);
  return font;
}

function systemFontDirs() {
  if (process.platform === 'win32') return [path.join(process.env.WINDIR || 'C:\\Windows', 'Fonts'), path.join(os.homedir(), 'AppData', 'Local', 'Microsoft', 'Windows', 'Fonts')];
  if (process.platform === 'darwin') return ['/System/Library/Fonts', '/Library/Fonts', path.join(os.homedir(), 'Library', 'Fonts')];
  return ['/usr/share/fonts', '/usr/local/share/fonts', path.join(os.homedir(), '.local', 'share', 'fonts')];
}

function findSystemFont(family, dirs = systemFontDirs()) {
  const want = family.toLowerCase().replace(/\s+/g, '');
  const stack = dirs.filter((d) => fs.existsSync(d));
  while (stack.length) {
    const dir = stack.pop();
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (/\.ttf$/i.test(e.name) && e.name.toLowerCase().replace(/[\s_-]+/g, '').startsWith(want)) return p;
    }
  }
  return null;
}

module.exports = { subset, parseCmap, findSystemFont, checksum };
