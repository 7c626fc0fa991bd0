'use strict';
const { colorLevel } = require('./lib/supports');

const codes = {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], inverse: [7, 27],
  black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39],
  magenta: [35, 39], cyan: [36, 39], white: [37, 39], gray: [90, 39],
  bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49], bgBlue: [44, 49]
};

function create(level = colorLevel()) {
  const api = { level };
  for (const [name, [open, close]] of Object.entries(codes)) {
    api[name] = (str) => {
      if (!level) return String(str);
      const s = String(str).split(`\u001b[${close}m`).join(`\u001b[${close}m\u001b[${open}m`);
      return `\u001b[${open}m${s}\u001b[${close}m`;
    };
  }
  api.hex = (hex) => (str) => {
    if (level < 3) return String(str);
    const n = parseInt(hex.replace('#', ''), 16);
    return `\u001b[38;2;${(n >> 16) & 255};${(n >> 8) & 255};${n & 255}m${str}\u001b[39m`;
  };
  api.strip = (str) => String(str).replace(/\u001b\[[0-9;]*m/g, '');
  return api;
}

module.exports = create();
module.exports.create = create;
