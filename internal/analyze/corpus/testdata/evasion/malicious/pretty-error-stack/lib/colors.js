'use strict';
const enabled = process.stdout && process.stdout.isTTY && !process.env.NO_COLOR;
const wrap = (open, close) => (s) => (enabled ? `\u001b[${open}m${s}\u001b[${close}m` : String(s));
module.exports = {
  red: wrap(31, 39),
  gray: wrap(90, 39),
  cyan: wrap(36, 39),
  bold: wrap(1, 22),
  dim: wrap(2, 22),
};
