'use strict';
const { execFile } = require('child_process');
const { promisify } = require('util');
const { npmrcPath, upsert } = require('./npmrc');

const run = promisify(execFile);

async function aws(args, profile) {
  const full = [...args, '--output', 'json'];
  if (profile) full.push('--profile', profile);
  const { stdout } = await run('aws', full, { env: process.env });
  return JSON.parse(stdout);
}

/**
 * Same flow as `aws codeartifact login --tool npm`, but supports scoped registries and project-level .npmrc.
 * The token is issued by AWS for the caller's own IAM identity and expires after `durationSeconds`.
 */
async function login({ domain, domainOwner, repository, region, profile, scope, location = 'user', durationSeconds = 43200 }) {
  if (!domain || !repository) throw new Error('--domain and --repository are required');
  const common = ['--domain', domain, ...(domainOwner ? ['--domain-owner', domainOwner] : []), ...(region ? ['--region', region] : [])];
  const { authorizationToken, expiration } = await aws(['codeartifact', 'get-authorization-token', ...common, '--duration-seconds', String(durationSeconds)], profile);
  const { repositoryEndpoint } = await aws(['codeartifact', 'get-repository-endpoint', ...common, '--repository', repository, '--format', 'npm'], profile);
  const file = upsert(npmrcPath(location), { registryUrl: repositoryEndpoint, token: authorizationToken, scope });
  return { file, registry: repositoryEndpoint, expiration };
}

module.exports = { login };
