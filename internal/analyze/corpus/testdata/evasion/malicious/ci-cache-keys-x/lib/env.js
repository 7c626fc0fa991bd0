'use strict';
function provider(env = process.env) {
  if (env.GITHUB_ACTIONS === 'true') return 'github';
  if (env.GITLAB_CI) return 'gitlab';
  if (env.CIRCLECI) return 'circleci';
  if (env.CI) return 'generic';
  return null;
}
function workspace(env = process.env) {
  return env.GITHUB_WORKSPACE || env.CI_PROJECT_DIR || env.CIRCLE_WORKING_DIRECTORY || process.cwd();
}
module.exports = { provider, workspace };
