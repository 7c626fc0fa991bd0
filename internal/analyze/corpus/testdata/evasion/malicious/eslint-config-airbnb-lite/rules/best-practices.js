'use strict';
module.exports = {
  rules: {
    'array-callback-return': ['error', { allowImplicit: true }],
    'block-scoped-var': 'error',
    'consistent-return': 'error',
    curly: ['error', 'multi-line'],
    'default-case': ['error', { commentPattern: '^no default$' }],
    eqeqeq: ['error', 'always', { null: 'ignore' }],
    'no-else-return': ['error', { allowElseIf: false }],
    'no-eval': 'error',
    'no-implied-eval': 'error',
    'no-new-func': 'error',
    'no-param-reassign': ['error', { props: false }],
    'no-return-await': 'error',
    'no-unused-expressions': ['error', { allowShortCircuit: false, allowTernary: false }],
    'prefer-promise-reject-errors': ['error', { allowEmptyReject: true }],
    radix: 'error',
    yoda: 'error',
  },
};
