'use strict';
const path = require('path');
const { RuleSet } = require('..');

const rules = RuleSet.fromFile(path.join(__dirname, 'flags.json'));
const flags = rules.evaluate({
  user: { id: 'u_1042', email: 'dev@example.com' },
  country: 'NZ',
  appVersion: '5.3.1'
});
console.log(flags); // { 'new-checkout': true, 'dark-mode': 'auto' }
