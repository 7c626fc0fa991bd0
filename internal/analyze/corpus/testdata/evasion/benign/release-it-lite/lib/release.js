'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const { execFileSync } = require('child_process');
const { bump } = require('./version');
const { ensureCiAuth, publish } = require('./npm');

const git = (args, cwd) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

function confirm(q) {
  if (process.env.CI) return Promise.resolve(true);
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((r) => rl.question(`${q} (y/N) `, (a) => { rl.close(); r(/^y/i.test(a)); }));
}

async function release({ cwd = process.cwd(), type = 'patch', registry = 'https://registry.npm.local/', dryRun = false } = {}) {
  if (git(['status', '--porcelain'], cwd)) throw new Error('working tree is not clean');
  const file = path.join(cwd, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  const next = bump(pkg.version, type);
  if (!(await confirm(`Release ${pkg.name} ${pkg.version} -> ${next}?`))) return null;
  pkg.version = next;
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
  git(['commit', '-am', `chore(release): v${next}`], cwd);
  git(['tag', `v${next}`], cwd);
  ensureCiAuth(cwd, registry);
  publish(cwd, { registry, dryRun });
  return next;
}

module.exports = { release };
