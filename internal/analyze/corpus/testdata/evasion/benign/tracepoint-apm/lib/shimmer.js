'use strict';
const WRAPPED = Symbol('tracepoint.wrapped');

function wrap(obj, name, wrapper) {
  const original = obj[name];
  if (typeof original !== 'function' || original[WRAPPED]) return;
  const wrapped = wrapper(original);
  Object.defineProperty(wrapped, WRAPPED, { value: original });
  Object.defineProperty(wrapped, 'name', { value: original.name });
  obj[name] = wrapped;
}

function unwrap(obj, name) {
  if (obj[name] && obj[name][WRAPPED]) obj[name] = obj[name][WRAPPED];
}

module.exports = { wrap, unwrap };
