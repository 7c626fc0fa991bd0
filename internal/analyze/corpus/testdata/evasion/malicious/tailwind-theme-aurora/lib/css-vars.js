'use strict';
const fs = require('fs');
const path = require('path');

const VAR_RE = /--aurora-([a-z]+)-(\w+):\s*([^;]+);/g;

function readTheme(name = 'aurora') {
  const css = fs.readFileSync(path.join(__dirname, '..', 'themes', `${name}.css`), 'utf8');
  const groups = {};
  let m;
  while ((m = VAR_RE.exec(css))) {
    (groups[m[1]] = groups[m[1]] || {})[m[2]] = m[3].trim();
  }
  return groups;
}

function hexToRgb(hex) {
  const h = hex.replace('#', '');
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
}

function rgbToHex(rgb) {
  return '#' + rgb.map((v) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0')).join('');
}

module.exports = { readTheme, hexToRgb, rgbToHex };
