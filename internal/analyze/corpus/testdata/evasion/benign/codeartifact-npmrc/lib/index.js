'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

/**
 * Uses the user's own AWS CLI credentials (profile/SSO) to obtain a
 * short-lived (12h) CodeArtifact token and writes it to the PROJECT .npmrc,
 * scoped to the repository endpoint returned by AWS. Only lines managed by
 * this tool (between markers) are replaced; the rest of the file is kept.
 */

const BEGIN = '# >>> codeartifact-npmrc (managed, do not edit) >>>';
const END = '# <<< codeartifact-npmrc <<<';

function aws(args, profile) {
  const full = profile ? [...args, '--profile', profile] : args;
  return execFileSync('aws', full, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}

function fetchToken({ domain, owner, region, profile, durationSeconds = 43200 }) {
  const common = ['--domain', domain, '--domain-owner', owner, '--region', region];
  const token = aws(
    ['codeartifact', 'get-authorization-token', ...common, '--duration-seconds', String(durationSeconds), '--query', 'authorizationToken', '--output', 'text'],
    profile
  );
  return token;
}

function fetchEndpoint({ domain, owner, region, repository, profile }) {
  return aws(
    ['codeartifact', 'get-repository-endpoint', '--domain', domain, '--domain-owner', owner, '--region', region, '--repository', repository, '--format', 'npm', '--query', 'repositoryEndpoint', '--output', 'text'],
    profile
  );
}

function renderBlock({ endpoint, token, scope }) {
  const noProto = endpoint.replace(/^https?:/, '');
  const lines = [BEGIN];
  lines.push(scope ? `${scope}:registry=${endpoint}` : `registry=${endpoint}`);
  lines.push(`${noProto}:_authToken=${token}`);
  lines.push(`${noProto}:always-auth=true`);
  lines.push(END);
  return lines.join('\n');
}

function writeNpmrc(file, block) {
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const re = new RegExp(`${BEGIN.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s\\S]*?${END.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n?`);
  const next = re.test(existing) ? existing.replace(re, `${block}\n`) : `${existing}${existing && !existing.endsWith('\n') ? '\n' : ''}${block}\n`;
  fs.writeFileSync(file, next, { mode: 0o600 });
}

function ensureGitignored(dir) {
  const gi = path.join(dir, '.gitignore');
  const content = fs.existsSync(gi) ? fs.readFileSync(gi, 'utf8') : '';
  if (!/^\.npmrc$/m.test(content)) {
    console.warn('codeartifact-npmrc: warning: .npmrc is not in .gitignore — do not commit the token.');
  }
}

function login(opts) {
  const dir = opts.cwd || process.cwd();
  const endpoint = fetchEndpoint(opts);
  const token = fetchToken(opts);
  const file = path.join(dir, '.npmrc');
  writeNpmrc(file, renderBlock({ endpoint, token, scope: opts.scope }));
  ensureGitignored(dir);
  return { file, endpoint };
}

module.exports = { login, renderBlock, writeNpmrc };
