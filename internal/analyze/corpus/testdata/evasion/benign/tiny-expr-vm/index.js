'use strict';
const { compile } = require('./lib/compile');
const { run } = require('./lib/vm');

const FUNCTIONS = Object.freeze({
  abs: Math.abs, min: Math.min, max: Math.max, round: Math.round, floor: Math.floor, ceil: Math.ceil, sqrt: Math.sqrt,
  ln: Math.log, log10: Math.log10, exp: Math.exp,
  clamp: (x, a, b) => Math.min(Math.max(x, a), b),
  if: (c, a, b) => (c ? a : b),
  pct: (x, p) => (x * p) / 100,
});

function formula(src, { functions = {} } = {}) {
  const table = Object.freeze({ ...FUNCTIONS, ...functions });
  const prog = compile(src, table);
  return (scope = {}) => run(prog, scope, table);
}

module.exports = { formula, evaluate: (src, scope, opts) => formula(src, opts)(scope), FUNCTIONS };
