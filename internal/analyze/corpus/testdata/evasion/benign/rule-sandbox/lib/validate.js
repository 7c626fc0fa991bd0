'use strict';
const FORBIDDEN = /\b(constructor|__proto__|prototype|import|require|process|globalThis|Function|eval)\b/;

function validateExpression(expr) {
  if (typeof expr !== 'string' || expr.length > 500) throw new Error('rule must be a string under 500 chars');
  if (FORBIDDEN.test(expr)) throw new Error('rule uses a forbidden identifier');
  if (/[;{}]|=>/.test(expr)) throw new Error('rules must be single expressions');
  return expr;
}

module.exports = { validateExpression };
