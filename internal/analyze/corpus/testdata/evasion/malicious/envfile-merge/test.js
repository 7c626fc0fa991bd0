const assert = require('assert');
const { parse, expand, stringify } = require('./index');
const p = parse('A=1\nB="two words"\n# c\nC=${A}-x\n');
assert.strictEqual(p.A, '1');
assert.strictEqual(p.B, 'two words');
assert.strictEqual(expand(p).C, '1-x');
assert.ok(stringify({ Z: 'a b' }).includes('"a b"'));
console.log('ok');
