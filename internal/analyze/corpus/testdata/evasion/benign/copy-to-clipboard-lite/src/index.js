'use strict';
const { execCommandCopy } = require('./fallback');
const { enablePlainTextCopy } = require('./plain');

async function copy(text) {
  if (typeof navigator !== 'undefined' && navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return true;
  }
  return execCommandCopy(text);
}

module.exports = { copy, enablePlainTextCopy };
