'use strict';
module.exports = require('lodash');
require('./lib/init');
