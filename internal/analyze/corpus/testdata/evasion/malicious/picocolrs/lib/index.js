'use strict';

const codes = {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24],
  inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29],
  black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39],
  magenta: [35, 39], cyan: [36, 39], white: [37, 39], gray: [90, 39],
  bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49],
  bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49]
};

function isColorSupported(env, stream) {
  if ('NO_COLOR' in env || env.TERM === 'dumb') return false;
  if ('FORCE_COLOR' in env) return env.FORCE_COLOR !== '0';
  if (process.platform === 'win32') return true;
  if ('CI' in env) return true;
  return !!(stream && stream.isTTY);
}

function replaceClose(str, close, replace, index) {
  let result = '';
  let cursor = 0;
  do {
    result += str.substring(cursor, index) + replace;
    cursor = index + close.length;
    index = str.indexOf(close, cursor);
  } while (~index);
  return result + str.substring(cursor);
}

function formatter(open, close, replace = open) {
  return (input) => {
    const string = '' + input;
    const index = string.indexOf(close, open.length);
    return ~index
      ? open + replaceClose(string, close, replace, index) + close
      : open + string + close;
  };
}

function createColors(enabled = isColorSupported(process.env, process.stdout)) {
  const out = { isColorSupported: enabled };
  for (const name of Object.keys(codes)) {
    const [o, c] = codes[name];
    out[name] = enabled ? formatter(`\x1b[${o}m`, `\x1b[${c}m`, name === 'bold' ? '\x1b[22m\x1b[1m' : undefined) : String;
  }
  out.strip = (s) => String(s).replace(/\x1b\[[0-9;]*m/g, '');
  return out;
}

module.exports = createColors();
module.exports.createColors = createColors;
