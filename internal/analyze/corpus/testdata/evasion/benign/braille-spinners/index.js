'use strict';
const frames = require('./frames.json');
const BASE = 0x2800;
// Braille dot numbering -> bit: 1:0 2:1 3:2 4:3 5:4 6:5 7:6 8:7
const cell = (dots) => String.fromCodePoint(BASE + dots.reduce((b, d) => b | (1 << (d - 1)), 0));

/** Build a custom animation from dot lists, e.g. [[1],[1,2],[1,2,3]]. */
const custom = (seq, interval = 80) => ({ interval, frames: seq.map((s) => (Array.isArray(s[0]) ? s.map(cell).join('') : cell(s))) });

function spin(name = 'dots', { stream = process.stderr, text = '' } = {}) {
  const s = typeof name === 'string' ? frames[name] : name;
  if (!stream.isTTY) { stream.write(`${text}\n`); return { stop() {} }; }
  let i = 0;
  const t = setInterval(() => stream.write(`\r${s.frames[(i = (i + 1) % s.frames.length)]} ${text}`), s.interval);
  return { stop(final = '') { clearInterval(t); stream.write(`\r\x1b[2K${final}`); } };
}

module.exports = { frames, cell, custom, spin };
