const assert = require('assert');
const s = require('../lib');
assert(s.satisfies('1.2.3', '^1.0.0'));
assert(!s.satisfies('2.0.0', '^1.0.0'));
assert(s.satisfies('1.2.9', '~1.2.0'));
assert.strictEqual(s.maxSatisfying(['1.0.0', '1.4.0', '2.0.0'], '1.x'), '1.4.0');
console.log('pass');
