'use strict';
const assert = require('assert');
const murmur3 = require('./lib');
const fallback = require('./lib/fallback');
// Reference values for MurmurHash3_x86_32
assert.strictEqual(murmur3('', 0), 0);
assert.strictEqual(murmur3('', 1), 0x514e28b7);
assert.strictEqual(fallback.hash(Buffer.from(''), 1), 0x514e28b7);
console.log(`ok (native: ${murmur3.isNative})`);
