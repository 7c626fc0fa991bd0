'use strict';
module.exports = [
  require('./rules/best-practices'),
  require('./rules/style'),
];
