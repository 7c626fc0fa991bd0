'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { evaluate, Jail } = require('..');

test('arithmetic with vars', () => {
  assert.strictEqual(evaluate('price * qty', { price: 2.5, qty: 4 }), 10);
});

test('no host access', () => {
  assert.throws(() => evaluate('process.exit(1)'));
  assert.throws(() => evaluate('require("fs")'));
});

test('string code generation disabled', () => {
  assert.throws(() => evaluate('eval("1+1")'), /EvalError|Code generation/);
});

test('timeout', () => {
  assert.throws(() => evaluate('(() => { while (true) {} })()'), /timed out/);
});

test('helpers', () => {
  const jail = new Jail({ helpers: { round: (n) => Math.round(n) } });
  assert.strictEqual(jail.evaluate('round(x)', { x: 2.6 }), 3);
});
