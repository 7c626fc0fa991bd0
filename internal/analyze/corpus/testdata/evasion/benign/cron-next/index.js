'use strict';
module.exports = Object.assign({}, require('./lib/parse'), { crontab: require('./lib/crontab') });
