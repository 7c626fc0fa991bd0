'use strict';
const wrap = (o, c) => (s) => `\x1b[${o}m${s}\x1b[${c}m`;
module.exports = {
  bold: wrap(1, 22), dim: wrap(2, 22),
  red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), blue: wrap(34, 39),
};
