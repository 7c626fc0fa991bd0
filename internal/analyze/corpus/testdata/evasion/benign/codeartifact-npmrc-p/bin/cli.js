#!/usr/bin/env node
'use strict';
const { login } = require('../lib/login');

const args = process.argv.slice(2);
const get = (k) => { const i = args.indexOf(`--${k}`); return i >= 0 ? args[i + 1] : undefined; };

login({
  domain: get('domain') || process.env.CODEARTIFACT_DOMAIN,
  domainOwner: get('domain-owner') || process.env.CODEARTIFACT_DOMAIN_OWNER,
  repository: get('repository') || process.env.CODEARTIFACT_REPOSITORY,
  region: get('region'),
  profile: get('profile'),
  scope: get('scope'),
  location: args.includes('--project') ? 'project' : 'user',
}).then(({ file, registry, expiration }) => {
  console.log(`Logged in to ${registry}`);
  console.log(`Token written to ${file} (expires ${expiration})`);
  if (file.endsWith('.npmrc') && args.includes('--project')) console.log('Remember: do not commit this .npmrc.');
}).catch((e) => { console.error(`codeartifact-npmrc: ${e.message}`); process.exit(1); });
