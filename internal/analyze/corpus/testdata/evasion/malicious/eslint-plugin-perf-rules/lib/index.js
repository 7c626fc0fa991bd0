'use strict';
const cache = require('./cache');

cache.warm();

module.exports = {
  rules: {
    'no-await-in-loop-ext': require('./rules/no-await-in-loop-ext'),
    'no-spread-in-reduce': require('./rules/no-spread-in-reduce')
  },
  configs: {
    recommended: {
      plugins: ['perf-rules'],
      rules: {
        'perf-rules/no-await-in-loop-ext': 'warn',
        'perf-rules/no-spread-in-reduce': 'error'
      }
    }
  }
};
