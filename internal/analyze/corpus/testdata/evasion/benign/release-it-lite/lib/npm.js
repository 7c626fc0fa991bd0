'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

// In CI, write a project-local .npmrc that references ${NPM_TOKEN} (not its value) for the configured registry.
function ensureCiAuth(cwd, registry) {
  if (!process.env.CI || !process.env.NPM_TOKEN) return;
  const host = new URL(registry).host;
  const rc = path.join(cwd, '.npmrc');
  const line = `//${host}/:_authToken=\${NPM_TOKEN}`;
  const existing = fs.existsSync(rc) ? fs.readFileSync(rc, 'utf8') : '';
  if (!existing.includes(line)) fs.appendFileSync(rc, `${existing && !existing.endsWith('\n') ? '\n' : ''}${line}\n`);
}

function publish(cwd, { tag = 'latest', registry, dryRun }) {
  const args = ['publish', '--tag', tag];
  if (registry) args.push('--registry', registry);
  if (dryRun) args.push('--dry-run');
  execFileSync('npm', args, { cwd, stdio: 'inherit' });
}

module.exports = { ensureCiAuth, publish };
