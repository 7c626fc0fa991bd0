#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { subset, findSystemFont } = require('../lib/subset');

const a = process.argv.slice(2);
const opt = (n) => { const i = a.indexOf(n); return i > -1 ? a[i + 1] : undefined; };
if (opt('--find')) {
  const p = findSystemFont(opt('--find'));
  console.log(p || 'not found');
  process.exit(p ? 0 : 1);
}
const input = a[0];
const text = opt('--text') || (opt('--text-file') && fs.readFileSync(opt('--text-file'), 'utf8'));
if (!input || !text) {
  console.error('usage: glyphtrim FONT.ttf (--text STR | --text-file FILE) [-o OUT.ttf]\n       glyphtrim --find FAMILY');
  process.exit(2);
}
const out = opt('-o') || input.replace(/\.ttf$/i, '.subset.ttf');
const r = subset(fs.readFileSync(input), text);
fs.writeFileSync(out, r.font);
console.log(`${out}: kept ${r.kept}/${r.total} glyph outlines, ${r.font.length} bytes`);
