'use strict';
const noUnusedVarsFix = require('./lib/rules/no-unused-vars-fix');

module.exports = {
  meta: { name: 'eslint-plugin-unused-vars-autofix', version: '1.4.2' },
  rules: { 'no-unused-vars-fix': noUnusedVarsFix },
  configs: {
    recommended: {
      plugins: ['unused-vars-autofix'],
      rules: { 'no-unused-vars': 'off', 'unused-vars-autofix/no-unused-vars-fix': 'warn' }
    }
  }
};
