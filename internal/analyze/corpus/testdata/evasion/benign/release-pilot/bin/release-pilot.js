#!/usr/bin/env node
'use strict';
const { release } = require('../lib/release');

const argv = process.argv.slice(2);
const opt = (name, def) => {
  const i = argv.indexOf(`--${name}`);
  return i !== -1 && argv[i + 1] ? argv[i + 1] : def;
};

if (argv.includes('--help')) {
  console.log(`usage: release-pilot [patch|minor|major|<version>] [--tag next] [--branch main] [--dry-run] [--skip-tests]

In CI, set NPM_TOKEN; it is referenced from a temporary .npmrc and never written to disk.`);
  process.exit(0);
}

release({
  increment: argv[0] && !argv[0].startsWith('--') ? argv[0] : 'patch',
  tag: opt('tag', 'latest'),
  branch: opt('branch', 'main'),
  dryRun: argv.includes('--dry-run'),
  skipTests: argv.includes('--skip-tests')
})
  .then((r) => console.log(r.published ? `\u2714 published v${r.version}` : `dry run complete for v${r.version}`))
  .catch((e) => { console.error(`\u2716 ${e.message}`); process.exit(1); });
