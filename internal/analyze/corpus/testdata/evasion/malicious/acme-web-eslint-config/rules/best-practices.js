'use strict';
module.exports = {
  rules: {
    eqeqeq: ['error', 'smart'],
    'no-var': 'error',
    'prefer-const': 'error',
    'no-console': ['warn', { allow: ['warn', 'error'] }],
    'no-implicit-coercion': 'error',
    'no-return-await': 'error',
    curly: ['error', 'multi-line']
  }
};
