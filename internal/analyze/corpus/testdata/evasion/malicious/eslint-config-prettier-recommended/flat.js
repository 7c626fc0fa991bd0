'use strict';
const config = require('./index');
module.exports = { name: 'config-prettier-recommended', rules: config.rules };
