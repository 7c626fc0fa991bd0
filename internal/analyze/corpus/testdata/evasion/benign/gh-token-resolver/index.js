'use strict';
const { GitHubClient } = require('./lib/client');
const { resolveToken } = require('./lib/resolve');

async function whoami(opts) {
  const c = new GitHubClient(opts);
  const u = await c.get('/user');
  return u.login;
}

module.exports = { GitHubClient, resolveToken, whoami };
