'use strict';
// Maps a usage pattern in emitted code to the core-js module that polyfills it,
// plus a runtime feature test used by the optional "loader" mode.
module.exports = [
  { re: /\.allSettled\s*\(/, mod: 'core-js/es/promise/all-settled', test: 'typeof Promise.allSettled==="function"' },
  { re: /\.any\s*\(/, mod: 'core-js/es/promise/any', test: 'typeof Promise.any==="function"' },
  { re: /\.flatMap\s*\(/, mod: 'core-js/es/array/flat-map', test: '"flatMap" in Array.prototype' },
  { re: /\.flat\s*\(/, mod: 'core-js/es/array/flat', test: '"flat" in Array.prototype' },
  { re: /\.at\s*\(/, mod: 'core-js/es/array/at', test: '"at" in Array.prototype' },
  { re: /Object\.fromEntries\s*\(/, mod: 'core-js/es/object/from-entries', test: 'typeof Object.fromEntries==="function"' },
  { re: /Object\.hasOwn\s*\(/, mod: 'core-js/es/object/has-own', test: 'typeof Object.hasOwn==="function"' },
  { re: /\.replaceAll\s*\(/, mod: 'core-js/es/string/replace-all', test: '"replaceAll" in String.prototype' },
  { re: /\bstructuredClone\s*\(/, mod: 'core-js/web/structured-clone', test: 'typeof structuredClone==="function"' },
  { re: /\bglobalThis\b/, mod: 'core-js/es/global-this', test: 'typeof globalThis==="object"' }
];
