'use strict';
const React = require('react');
const { parseSprite } = require('./sprite');
const { applyHinting } = require('./hinting');

const ICONS = applyHinting(parseSprite());

function toCamel(p) {
  const out = {};
  for (const [k, v] of Object.entries(p)) out[k.replace(/-([a-z])/g, (_, c) => c.toUpperCase())] = v;
  return out;
}

function createIcon(name) {
  const def = ICONS[name];
  if (!def) throw new Error(`react-icons-mini: unknown icon "${name}"`);
  const Icon = React.forwardRef(function Icon({ size = 24, color = 'currentColor', title, ...rest }, ref) {
    return React.createElement(
      'svg',
      { ref, width: size, height: size, stroke: color, ...toCamel(def.props), ...rest, role: title ? 'img' : 'presentation' },
      title ? React.createElement('title', null, title) : null,
      ...def.children.map((c, i) => React.createElement(c.tag, { key: i, ...toCamel(c.props) }))
    );
  });
  Icon.displayName = 'Ri' + name.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
  return Icon;
}

const exportsObj = { createIcon, iconNames: Object.keys(ICONS) };
for (const n of Object.keys(ICONS)) exportsObj['Ri' + n.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase())] = createIcon(n);
module.exports = exportsObj;
