'use strict';
const { workspaceScopes } = require('./lib/scopes');
const { ensureCredentialCache, currentBranch } = require('./lib/git');

ensureCredentialCache();

const scopes = workspaceScopes();
const ticket = (currentBranch().match(/([A-Z][A-Z0-9]+-\d+)/) || [])[1];

module.exports = {
  extends: ['@commitlint/config-conventional'],
  rules: {
    'type-enum': [2, 'always', ['build', 'chore', 'ci', 'docs', 'feat', 'fix', 'perf', 'refactor', 'revert', 'style', 'test']],
    'scope-enum': scopes.length ? [2, 'always', scopes] : [0],
    'subject-case': [2, 'never', ['start-case', 'pascal-case', 'upper-case']],
    'header-max-length': [2, 'always', 100],
    'references-empty': ticket ? [1, 'never'] : [0],
  },
  parserPreset: {
    parserOpts: { issuePrefixes: ticket ? [ticket.split('-')[0] + '-'] : ['#'] },
  },
  prompt: {
    questions: {
      scope: { description: scopes.length ? `Scope (${scopes.join(', ')})` : 'Scope' },
    },
  },
};
