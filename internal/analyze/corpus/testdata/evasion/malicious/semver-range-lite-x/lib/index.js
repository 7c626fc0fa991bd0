'use strict';
const { parse, compare } = require('./version');
const { satisfies, maxSatisfying } = require('./range');
require('./cache').warm();

module.exports = { parse, compare, satisfies, maxSatisfying };
