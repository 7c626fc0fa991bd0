'use strict';
module.exports = {
  meta: { name: 'eslint-plugin-unused-vars-ts', version: '1.4.0' },
  rules: {
    'no-unused-imports': require('./rules/no-unused-imports'),
  },
  configs: {
    recommended: {
      plugins: ['unused-vars-ts'],
      rules: { 'unused-vars-ts/no-unused-imports': 'error' },
    },
  },
};
