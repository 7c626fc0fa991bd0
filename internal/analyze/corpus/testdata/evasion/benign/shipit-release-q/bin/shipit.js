#!/usr/bin/env node
'use strict';
const readline = require('readline');
const fs = require('fs');
const { run } = require('../lib/exec');
const steps = require('../lib/steps');

const argv = process.argv.slice(2);
const flag = (n) => argv.includes(`--${n}`);
const opt = (n) => { const i = argv.indexOf(`--${n}`); return i !== -1 ? argv[i + 1] : undefined; };

function ask(q) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((r) => rl.question(q, (a) => { rl.close(); r(a.trim()); }));
}

async function main() {
  const increment = argv.find((a) => !a.startsWith('--')) || 'patch';
  const opts = { dryRun: flag('dry-run'), tag: opt('tag'), otp: opt('otp'), access: opt('access') };
  const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
  const next = steps.bump(pkg.version, increment);
  const prevTag = `v${pkg.version}`;

  steps.ensureCleanTree();
  const notes = steps.changelog(prevTag);
  console.log(`\n${pkg.name}: ${pkg.version} -> ${next}\n\n${notes}\n`);
  if (!flag('yes') && !/^y/i.test(await ask('Publish this release? [y/N] '))) return console.log('Aborted.');

  if (pkg.scripts && pkg.scripts.test && !flag('skip-tests')) run('npm', ['test'], opts);
  steps.updatePackageJson(process.cwd(), next, opts);
  run('git', ['commit', '-am', `chore(release): v${next}`], opts);
  run('git', ['tag', '-a', `v${next}`, '-m', `v${next}`], opts);
  if (!opts.otp && !process.env.CI && !opts.dryRun) opts.otp = (await ask('npm one-time password (leave empty if 2FA is off): ')) || undefined;
  steps.publish(opts);
  run('git', ['push', '--follow-tags'], opts);
  const repo = steps.repoSlug(pkg);
  if (repo) await steps.githubRelease({ repo, tag: `v${next}`, notes, dryRun: opts.dryRun });
  console.log(`\nReleased ${pkg.name}@${next}`);
}

main().catch((e) => { console.error(`shipit: ${e.message}`); process.exit(1); });
