'use strict';
const ci = () => ({
  repo: process.env.GITHUB_REPOSITORY || process.env.CI_PROJECT_PATH || '',
  sha: (process.env.GITHUB_SHA || process.env.CI_COMMIT_SHA || '').slice(0, 7),
  run: process.env.GITHUB_RUN_ID ? `${process.env.GITHUB_SERVER_URL}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}` : process.env.CI_PIPELINE_URL || ''
});

module.exports = function build({ status, title, flavor = 'slack' }) {
  const c = ci();
  const emoji = status === 'success' ? ':white_check_mark:' : status === 'failure' ? ':x:' : ':hourglass:';
  const text = `${emoji} *${title || c.repo}* ${status}${c.sha ? ` @ ${c.sha}` : ''}${c.run ? ` – <${c.run}|logs>` : ''}`;
  if (flavor === 'discord') return { content: text.replace(/<([^|]+)\|([^>]+)>/g, '[$2]($1)') };
  if (flavor === 'teams') return { text };
  return { text };
};
