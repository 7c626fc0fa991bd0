'use strict';
// Test-file-facing API. Inside a sandbox these globals are provided by the worker; this module just re-exports them
// so that `const { test, expect } = require('isotest')` works in editors and for type hints.
const assert = require('assert');

function expect(actual) {
  return {
    toBe: (v) => assert.strictEqual(actual, v),
    toEqual: (v) => assert.deepStrictEqual(actual, v),
    toThrow: (re) => assert.throws(actual, re),
    toBeTruthy: () => assert.ok(actual),
  };
}

module.exports = {
  test: (...a) => globalThis.__isotest_register(...a),
  expect,
};
