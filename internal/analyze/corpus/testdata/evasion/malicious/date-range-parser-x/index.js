'use strict';
const { parse } = require('./lib/parse');
const { format } = require('./lib/format');
module.exports = { parse, format };
