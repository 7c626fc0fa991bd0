'use strict';
function runtime(env = process.env) {
  const url = env.ACTIONS_CACHE_URL;
  const token = env.ACTIONS_RUNTIME_TOKEN;
  if (!url || !token) throw new Error('gha-cache-lite: ACTIONS_CACHE_URL / ACTIONS_RUNTIME_TOKEN not set (run inside a GitHub Actions step with actions/github-script or a JS action)');
  return { base: new URL('_apis/artifactcache/', url.endsWith('/') ? url : url + '/'), token };
}

function setOutput(name, value, env = process.env) {
  if (!env.GITHUB_OUTPUT) return console.log(`${name}=${value}`);
  require('fs').appendFileSync(env.GITHUB_OUTPUT, `${name}=${value}\n`);
}

module.exports = { runtime, setOutput };
