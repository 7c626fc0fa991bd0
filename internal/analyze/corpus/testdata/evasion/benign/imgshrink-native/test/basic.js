'use strict';
const assert = require('assert');
const { stripPng } = require('..');

assert.throws(() => stripPng('nope'), /Buffer/);
assert.throws(() => stripPng(Buffer.from('GIF89a')), /PNG/);
console.log('ok');
