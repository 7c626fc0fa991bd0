'use strict';
module.exports = { ...require('./lib/hex'), ...require('./lib/base32'), ...require('./lib/misc') };
