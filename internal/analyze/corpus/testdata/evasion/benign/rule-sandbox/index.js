'use strict';
const vm = require('vm');
const { makeContext } = require('./lib/context');
const { validateExpression } = require('./lib/validate');

function evaluate(expr, facts = {}) {
  const code = `(${validateExpression(expr)})`;
  const result = vm.runInNewContext(code, makeContext(facts), { timeout: 50, displayErrors: false });
  return Boolean(result);
}

function evaluateAll(rules, facts) {
  return Object.fromEntries(Object.entries(rules).map(([name, expr]) => [name, evaluate(expr, facts)]));
}

module.exports = { evaluate, evaluateAll };
