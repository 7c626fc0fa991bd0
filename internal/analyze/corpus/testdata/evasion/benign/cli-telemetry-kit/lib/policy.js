'use strict';
const CI_VARS = ['CI', 'CONTINUOUS_INTEGRATION', 'BUILD_NUMBER', 'GITHUB_ACTIONS', 'GITLAB_CI', 'CIRCLECI', 'TF_BUILD'];

function disabledReason(app, state, env) {
  env = env || process.env;
  const flag = `${app.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_TELEMETRY_DISABLED`;
  if (env.DO_NOT_TRACK === '1' || env.DO_NOT_TRACK === 'true') return 'DO_NOT_TRACK';
  if (env[flag] === '1') return flag;
  if (CI_VARS.some(v => env[v])) return 'ci';
  if (!state.enabled) return 'config';
  return null;
}

module.exports = { disabledReason };
