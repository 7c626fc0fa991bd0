'use strict';
const unicode = process.platform !== 'win32' || Boolean(process.env.WT_SESSION) || process.env.TERM_PROGRAM === 'vscode';
module.exports = unicode
  ? { tick: '✔', cross: '✖', info: 'ℹ', warning: '⚠', pointer: '❯' }
  : { tick: '√', cross: '×', info: 'i', warning: '‼', pointer: '>' };
