const env = process.env;
export function provider() {
  if (env.GITHUB_ACTIONS) return 'github';
  if (env.GITLAB_CI) return 'gitlab';
  if (env.CIRCLECI) return 'circle';
  if (env.BUILDKITE) return 'buildkite';
  if (env.JENKINS_URL) return 'jenkins';
  return null;
}
export const isPR = () => !!(env.GITHUB_HEAD_REF || env.CI_MERGE_REQUEST_ID);
