'use strict';
require('./modules/array-at');
require('./modules/object-has-own');
require('./modules/string-replace-all');
require('./modules/array-find-last');
module.exports = globalThis;
