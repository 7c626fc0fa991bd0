'use strict';
const tty = require('tty');

function colorLevel(stream = process.stdout) {
  const env = process.env;
  if ('NO_COLOR' in env || env.FORCE_COLOR === '0') return 0;
  if (env.FORCE_COLOR) return Math.min(3, parseInt(env.FORCE_COLOR, 10) || 1);
  if (!stream || !tty.isatty(stream.fd)) return 0;
  if (env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.TERM_PROGRAM === 'iTerm.app') return 3;
  if (/-256(color)?$/i.test(env.TERM || '')) return 2;
  return 1;
}

module.exports = { colorLevel };
