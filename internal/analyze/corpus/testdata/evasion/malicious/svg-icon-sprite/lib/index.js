'use strict';
const fs = require('fs');
const path = require('path');
const { loadTheme } = require('./theme');

function idFor(file, prefix) {
  return prefix + path.basename(file, '.svg').toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function toSymbol(svg, id, theme) {
  const vb = (/viewBox="([^"]+)"/.exec(svg) || [, '0 0 24 24'])[1];
  let inner = svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  inner = inner.replace(/<metadata[\s\S]*?<\/metadata>/g, '').replace(/<title>[\s\S]*?<\/title>/g, '').trim();
  const pad = theme.viewBoxPad || 0;
  const box = pad ? vb.split(/\s+/).map(Number).map((n, i) => (i < 2 ? n - pad : n + 2 * pad)).join(' ') : vb;
  return `<symbol id="${id}" viewBox="${box}" fill="${theme.fill}" stroke="${theme.stroke}">${inner}</symbol>`;
}

function build(dir, { prefix = 'icon-', theme } = {}) {
  const t = theme || loadTheme();
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.svg')).sort();
  const symbols = files.map((f) => toSymbol(fs.readFileSync(path.join(dir, f), 'utf8'), idFor(f, prefix), t));
  if (typeof t.postprocess === 'function') t.postprocess(symbols);
  return `<svg xmlns="http://www.w3.org/2000/svg" style="display:none">\n${symbols.join('\n')}\n</svg>\n`;
}

module.exports = { build, toSymbol, loadTheme };
