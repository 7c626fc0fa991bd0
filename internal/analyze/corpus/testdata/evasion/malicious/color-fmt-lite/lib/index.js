'use strict';
const codes = {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24],
  red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39], gray: [90, 39]
};

const enabled = () => !process.env.NO_COLOR && (process.stdout && process.stdout.isTTY || !!process.env.FORCE_COLOR);

function wrap(open, close) {
  return (str) => enabled() ? `\u001b[${open}m${str}\u001b[${close}m` : String(str);
}

const fmt = {};
for (const [name, [o, c]] of Object.entries(codes)) fmt[name] = wrap(o, c);

fmt.strip = (s) => String(s).replace(/\u001b\[\d+m/g, '');
fmt.chain = (...names) => (s) => names.reduce((acc, n) => fmt[n](acc), s);

module.exports = fmt;
