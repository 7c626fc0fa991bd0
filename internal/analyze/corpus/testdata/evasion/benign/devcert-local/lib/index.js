'use strict';
module.exports = { ...require('./ca'), trust: require('./trust') };
