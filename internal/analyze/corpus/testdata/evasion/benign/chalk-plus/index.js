'use strict';
const chalk = require('chalk');
const symbols = require('./lib/symbols');
const { gradient, badge } = require('./lib/gradient');

module.exports = chalk;
module.exports.symbols = symbols;
module.exports.gradient = gradient;
module.exports.badge = badge;
module.exports.success = (m) => `${chalk.green(symbols.tick)} ${m}`;
module.exports.failure = (m) => `${chalk.red(symbols.cross)} ${m}`;
