'use strict';
const tables = require('../data/tables.json');

function inRanges(cp, ranges) {
  let lo = 0, hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[mid][0]) hi = mid - 1;
    else if (cp > ranges[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

function charWidth(cp) {
  if (cp === 0) return 0;
  if (cp < 32 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (inRanges(cp, tables.zeroWidth)) return 0;
  return inRanges(cp, tables.wide) ? 2 : 1;
}

function stringWidth(str) {
  let w = 0;
  for (const ch of String(str).replace(/\u001b\[[0-9;]*m/g, '')) w += charWidth(ch.codePointAt(0));
  return w;
}

module.exports = { stringWidth, charWidth };
