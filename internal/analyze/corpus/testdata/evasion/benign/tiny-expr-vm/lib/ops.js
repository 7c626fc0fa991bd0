'use strict';
// opcode table; operand widths in bytes
const OPS = [
  ['CONST', 2], ['VAR', 2], ['ADD', 0], ['SUB', 0], ['MUL', 0], ['DIV', 0], ['POW', 0], ['NEG', 0],
  ['LT', 0], ['GT', 0], ['EQ', 0], ['JMPF', 2], ['JMP', 2], ['CALL', 3], ['RET', 0],
];
const BY_NAME = Object.fromEntries(OPS.map(([n], i) => [n, i]));
module.exports = { OPS, OP: BY_NAME };
