'use strict';
const assert = require('assert');
const k = require('../src');

const vectors = [
  ['keccak256', '', 'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470'],
  ['keccak256', 'abc', '4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45'],
  ['sha3_256', '', 'a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a'],
  ['sha3_256', 'abc', '3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532'],
];
for (const [fn, input, want] of vectors) {
  assert.strictEqual(k.toHex(k[fn](input)), want, `${fn}(${JSON.stringify(input)})`);
}
assert.strictEqual(k.toChecksumAddress('0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed'), '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed');
console.log('ok', vectors.length + 1, 'vectors');
