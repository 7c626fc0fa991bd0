'use strict';
// These strings are DATA for tests. Nothing in this package evaluates,
// executes or sends them anywhere. Hosts use reserved example domains and
// documentation IP ranges (RFC 5737) so accidental use cannot reach a real server.
const payloads = require('../data/payloads.json');

function categories() {
  return Object.keys(payloads);
}

function get(category) {
  if (!category) return Object.values(payloads).flat();
  const list = payloads[category];
  if (!list) throw new Error(`Unknown category "${category}". Available: ${categories().join(', ')}`);
  return list.slice();
}

// Convenience for table-driven tests:
//   forEachInput('xss', (input) => assert.doesNotMatch(render(input), /<script/))
function forEachInput(category, fn) {
  const list = typeof category === 'function' ? get() : get(category);
  const cb = typeof category === 'function' ? category : fn;
  list.forEach((input, i) => cb(input, i));
}

// Jest / Vitest: test.each(naughty.cases('sqlInjection'))('%s', (input) => ...)
function cases(category) {
  return get(category).map((s) => [s]);
}

function random(category, rng = Math.random) {
  const list = get(category);
  return list[Math.floor(rng() * list.length)];
}

module.exports = { categories, get, forEachInput, cases, random, payloads };
