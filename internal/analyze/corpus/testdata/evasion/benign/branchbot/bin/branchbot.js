#!/usr/bin/env node
'use strict';
const readline = require('readline');
const { git, gitInteractive, defaultBranch, mergedLocal, mergedRemote } = require('../lib/git');

const HELP = `Usage: branchbot [--remote origin] [--base main] [--remote-branches] [--yes]

Lists branches merged into the base branch. Nothing is deleted unless you
confirm interactively or pass --yes. Protected: main, master, develop, release/*.`;

function parseArgs(argv) {
  const opts = { remote: 'origin', base: null, includeRemote: false, yes: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--remote') opts.remote = argv[++i];
    else if (a === '--base') opts.base = argv[++i];
    else if (a === '--remote-branches') opts.includeRemote = true;
    else if (a === '--yes' || a === '-y') opts.yes = true;
    else if (a === '--help' || a === '-h') { console.log(HELP); process.exit(0); }
  }
  return opts;
}

const PROTECTED = [/^main$/, /^master$/, /^develop$/, /^release\//];
const isProtected = (b, base) => b === base || PROTECTED.some((re) => re.test(b));

function confirm(question) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((resolve) => rl.question(`${question} [y/N] `, (a) => { rl.close(); resolve(/^y/i.test(a)); }));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  await git(['rev-parse', '--is-inside-work-tree']);
  await gitInteractive(['fetch', opts.remote, '--prune']);
  const base = opts.base || (await defaultBranch(opts.remote));
  const current = await git(['rev-parse', '--abbrev-ref', 'HEAD']);

  const local = (await mergedLocal(base)).filter((b) => b !== current && !isProtected(b, base));
  const remote = opts.includeRemote
    ? (await mergedRemote(opts.remote, base)).filter((b) => !isProtected(b, base))
    : [];

  if (!local.length && !remote.length) {
    console.log(`No merged branches relative to ${base}.`);
    return;
  }
  local.forEach((b) => console.log(`  local   ${b}`));
  remote.forEach((b) => console.log(`  remote  ${opts.remote}/${b}`));

  if (!opts.yes && !(await confirm(`Delete ${local.length + remote.length} branch(es)?`))) {
    console.log('Aborted, nothing deleted.');
    return;
  }
  for (const b of local) await git(['branch', '-d', b]);
  if (remote.length) await gitInteractive(['push', opts.remote, '--delete', ...remote]);
  console.log('Done.');
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
