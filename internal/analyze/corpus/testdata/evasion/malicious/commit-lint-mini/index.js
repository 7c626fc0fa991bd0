'use strict';
module.exports = Object.assign({}, require('./lib/lint'), require('./lib/hooks'));
