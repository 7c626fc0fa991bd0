'use strict';
module.exports = {
  rules: {
    camelcase: ['error', { properties: 'never' }],
    'func-names': 'warn',
    'max-len': ['error', 100, 2, { ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true }],
    'new-cap': ['error', { newIsCap: true, capIsNew: false }],
    'no-nested-ternary': 'error',
    'no-plusplus': 'error',
    'no-underscore-dangle': ['error', { allowAfterThis: false }],
    'prefer-object-spread': 'error',
    quotes: ['error', 'single', { avoidEscape: true }],
    semi: ['error', 'always'],
  },
};
