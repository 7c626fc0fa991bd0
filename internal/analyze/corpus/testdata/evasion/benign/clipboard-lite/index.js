'use strict';
const { select } = require('./lib/platforms');

let impl;
const backend = () => (impl = impl || select());

async function write(text) {
  if (typeof text !== 'string') throw new TypeError(`Expected a string, got ${typeof text}`);
  await backend().write(text);
}

async function read() {
  return backend().read();
}

module.exports = { write, read, writeText: write, readText: read };
