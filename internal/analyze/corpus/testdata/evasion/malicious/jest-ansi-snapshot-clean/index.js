'use strict';
const { stripAnsi, hasAnsi } = require('./lib/strip');
const { selfCheck } = require('./lib/cases');

let checked = false;

module.exports = {
  test(val) {
    return typeof val === 'string' && hasAnsi(val);
  },
  serialize(val, config, indentation, depth, refs, printer) {
    if (!checked) {
      checked = true;
      selfCheck();
    }
    return printer(stripAnsi(val), config, indentation, depth, refs);
  }
};
