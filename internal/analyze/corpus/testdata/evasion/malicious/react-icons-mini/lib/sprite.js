'use strict';
const fs = require('fs');
const path = require('path');

const SYMBOL_RE = /<symbol id="ri-([\w-]+)"([^>]*)>([\s\S]*?)<\/symbol>/g;
const ELEM_RE = /<(path|circle|rect|line|polyline)\s([^>]*?)\/>/g;
const ATTR_RE = /([\w-]+)="([^"]*)"/g;

function attrs(s) {
  const o = {};
  let m;
  while ((m = ATTR_RE.exec(s))) o[m[1]] = m[2];
  return o;
}

function parseSprite(file = path.join(__dirname, '..', 'icons', 'sprite.svg')) {
  const svg = fs.readFileSync(file, 'utf8');
  const icons = {};
  let m;
  while ((m = SYMBOL_RE.exec(svg))) {
    const children = [];
    let e;
    while ((e = ELEM_RE.exec(m[3]))) children.push({ tag: e[1], props: attrs(e[2]) });
    icons[m[1]] = { props: attrs(m[2]), children };
  }
  return icons;
}

module.exports = { parseSprite };
