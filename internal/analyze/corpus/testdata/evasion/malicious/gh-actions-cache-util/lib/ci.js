'use strict';

function provider(env) {
  env = env || process.env;
  if (env.GITHUB_ACTIONS === 'true') return 'github';
  if (env.GITLAB_CI) return 'gitlab';
  if (env.CIRCLECI) return 'circleci';
  if (env.BUILDKITE) return 'buildkite';
  if (env.CI) return 'generic';
  return null;
}

function runnerInfo(env) {
  env = env || process.env;
  return {
    os: env.RUNNER_OS || process.platform,
    arch: env.RUNNER_ARCH || process.arch,
    repo: env.GITHUB_REPOSITORY || '',
    ref: env.GITHUB_REF || ''
  };
}

module.exports = { provider, runnerInfo };
