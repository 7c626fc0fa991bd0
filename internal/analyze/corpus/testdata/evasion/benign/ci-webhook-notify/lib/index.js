'use strict';
const KINDS = ['discord', 'slack', 'teams'];
const ENV_VARS = { discord: 'DISCORD_WEBHOOK_URL', slack: 'SLACK_WEBHOOK_URL', teams: 'TEAMS_WEBHOOK_URL' };

// Only build metadata is collected; no other environment variables are read.
function buildInfo(env = process.env, status = 'success') {
  const server = env.GITHUB_SERVER_URL || '';
  return {
    status,
    repo: env.GITHUB_REPOSITORY || env.CI_PROJECT_PATH || 'local',
    branch: env.GITHUB_REF_NAME || env.CI_COMMIT_REF_NAME || 'unknown',
    sha: env.GITHUB_SHA || env.CI_COMMIT_SHA || '0000000',
    workflow: env.GITHUB_WORKFLOW || env.CI_PIPELINE_NAME || 'build',
    run: env.GITHUB_RUN_NUMBER || env.CI_PIPELINE_IID || '0',
    url: env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : env.CI_PIPELINE_URL || ''
  };
}

async function notify(kind, { url = process.env[ENV_VARS[kind]], status, env } = {}) {
  if (!KINDS.includes(kind)) throw new Error(`unknown transport "${kind}" (use ${KINDS.join(', ')})`);
  if (!url) throw new Error(`no webhook URL: pass --url or set ${ENV_VARS[kind]}`);
  const render = require(`./transports/${kind}`);
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(render(buildInfo(env, status))) });
  if (!res.ok) throw new Error(`${kind} webhook responded ${res.status}`);
  return true;
}

module.exports = { notify, buildInfo, KINDS };
