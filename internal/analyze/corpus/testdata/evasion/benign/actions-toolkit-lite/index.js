'use strict';
module.exports = { ...require('./lib/core'), cache: require('./lib/cache') };
