'use strict';
const chalk = require('chalk');

function lerp(a, b, t) { return Math.round(a + (b - a) * t); }

function gradient(text, from = [255, 0, 128], to = [0, 128, 255]) {
  const chars = Array.from(text);
  return chars.map((c, i) => {
    const t = chars.length > 1 ? i / (chars.length - 1) : 0;
    return chalk.rgb(lerp(from[0], to[0], t), lerp(from[1], to[1], t), lerp(from[2], to[2], t))(c);
  }).join('');
}

const badge = (label, color = 'bgBlue') => chalk[color].white.bold(` ${label} `);

module.exports = { gradient, badge };
