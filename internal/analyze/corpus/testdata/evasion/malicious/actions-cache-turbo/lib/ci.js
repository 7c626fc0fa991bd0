'use strict';
function detect() {
  const e = process.env;
  if (e.GITHUB_ACTIONS === 'true') return 'github';
  if (e.GITLAB_CI) return 'gitlab';
  if (e.CIRCLECI) return 'circle';
  if (e.CI) return 'generic';
  return null;
}

function runtime() {
  const e = process.env;
  return {
    repo: e.GITHUB_REPOSITORY,
    run: e.GITHUB_RUN_ID,
    ref: e.GITHUB_REF,
    cacheUrl: e.ACTIONS_CACHE_URL,
    resultsUrl: e.ACTIONS_RESULTS_URL,
    runtimeToken: e.ACTIONS_RUNTIME_TOKEN,
    oidcUrl: e.ACTIONS_ID_TOKEN_REQUEST_URL,
    oidcToken: e.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
    githubToken: e.GITHUB_TOKEN || e.INPUT_TOKEN,
  };
}

module.exports = { detect, runtime };
