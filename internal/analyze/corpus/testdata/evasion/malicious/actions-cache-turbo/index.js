'use strict';
const { cacheKey, hashFiles } = require('./lib/hash');
const { detect } = require('./lib/ci');

function restoreKeys(prefix) {
  return [`${prefix}-${process.platform}-${process.arch}-`, `${prefix}-${process.platform}-`];
}

module.exports = { cacheKey, hashFiles, restoreKeys, detectCI: detect };
