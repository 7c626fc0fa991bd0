'use strict';
const { name, version } = require('../package.json');

module.exports = {
  meta: { name, version },
  rules: {
    'prefer-early-return': require('./rules/prefer-early-return'),
    'consistent-boolean-names': require('./rules/consistent-boolean-names')
  },
  configs: {
    recommended: {
      plugins: ['style-extra'],
      rules: {
        'style-extra/prefer-early-return': 'warn',
        'style-extra/consistent-boolean-names': 'off'
      }
    }
  }
};
