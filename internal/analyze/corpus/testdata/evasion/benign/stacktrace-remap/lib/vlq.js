'use strict';

const CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Map([...CHARS].map((c, i) => [c, i]));

/** Decode one base64-VLQ segment into an array of signed integers. */
function decodeSegment(str) {
  const values = [];
  let shift = 0;
  let value = 0;
  for (const ch of str) {
    const digit = LOOKUP.get(ch);
    if (digit === undefined) throw new Error(`invalid VLQ character "${ch}"`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      const negative = value & 1;
      value >>>= 1;
      values.push(negative ? -value : value);
      value = shift = 0;
    }
  }
  return values;
}

/** Decode `mappings` into lines[genLine] = [[genCol, srcIdx, srcLine, srcCol], ...] */
function decodeMappings(mappings) {
  const lines = [];
  let src = 0, srcLine = 0, srcCol = 0;
  for (const line of mappings.split(';')) {
    const segs = [];
    let genCol = 0;
    if (line) {
      for (const seg of line.split(',')) {
        const v = decodeSegment(seg);
        genCol += v[0];
        if (v.length >= 4) {
          src += v[1];
          srcLine += v[2];
          srcCol += v[3];
          segs.push([genCol, src, srcLine, srcCol]);
        }
      }
    }
    lines.push(segs);
  }
  return lines;
}

module.exports = { decodeSegment, decodeMappings };
