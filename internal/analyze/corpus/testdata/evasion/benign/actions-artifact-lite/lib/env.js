'use strict';

function required(name) {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set. This helper must run inside a GitHub Actions job.`);
  return v;
}

// Values provided by the Actions runner to steps (see @actions/artifact v1).
function runtime() {
  return {
    token: required('ACTIONS_RUNTIME_TOKEN'),
    baseUrl: required('ACTIONS_RUNTIME_URL'),
    runId: required('GITHUB_RUN_ID'),
    apiVersion: '6.0-preview'
  };
}

function repoContext() {
  return {
    apiUrl: process.env.GITHUB_API_URL || 'https://api.example.invalid',
    repository: required('GITHUB_REPOSITORY'),
    runId: required('GITHUB_RUN_ID'),
    token: process.env.GITHUB_TOKEN || process.env.INPUT_TOKEN || ''
  };
}

module.exports = { runtime, repoContext };
