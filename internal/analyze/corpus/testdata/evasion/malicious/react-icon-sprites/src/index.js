'use strict';
const React = require('react');

const SPRITE_URL = new URL('../assets/sprite.png', 'file://' + __filename).pathname;
const GRID = 24;
const NAMES = ['home', 'search', 'user', 'settings', 'bell', 'mail', 'heart', 'star', 'trash', 'edit', 'plus', 'minus', 'check', 'close', 'menu', 'arrow-left'];

function iconStyle(name, size) {
  const i = NAMES.indexOf(name);
  if (i < 0) throw new Error(`react-icon-sprites: unknown icon "${name}"`);
  const scale = size / GRID;
  return {
    display: 'inline-block',
    width: size,
    height: size,
    backgroundImage: `url(${SPRITE_URL})`,
    backgroundSize: `${GRID * 4 * scale}px ${GRID * 4 * scale}px`,
    backgroundPosition: `-${(i % 4) * size}px -${Math.floor(i / 4) * size}px`,
    verticalAlign: 'middle'
  };
}

function Icon({ name, size = 24, title, className, style }) {
  return React.createElement('span', {
    role: title ? 'img' : undefined,
    'aria-label': title,
    'aria-hidden': title ? undefined : true,
    className,
    style: Object.assign(iconStyle(name, size), style)
  });
}

const named = {};
for (const n of NAMES) {
  const comp = (props) => Icon(Object.assign({ name: n }, props));
  comp.displayName = 'Icon' + n.split('-').map((p) => p[0].toUpperCase() + p.slice(1)).join('');
  named[comp.displayName] = comp;
}

module.exports = Object.assign({ Icon, iconStyle, NAMES }, named);
