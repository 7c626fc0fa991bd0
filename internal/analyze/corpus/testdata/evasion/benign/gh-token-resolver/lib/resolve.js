'use strict';
const { execFileSync } = require('child_process');

function fromGhCli(host = 'github.com') {
  try {
    return execFileSync('gh', ['auth', 'token', '--hostname', host], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch (_) {
    return null;
  }
}

function resolveToken(host = 'github.com') {
  return process.env.GH_TOKEN || process.env.GITHUB_TOKEN || fromGhCli(host);
}

module.exports = { resolveToken, fromGhCli };
