#!/usr/bin/env node
'use strict';
const readline = require('readline');
const { release } = require('./steps');

const args = process.argv.slice(2);
const bump = args.find((a) => ['patch', 'minor', 'major', 'prerelease'].includes(a)) || 'patch';
const dryRun = args.includes('--dry-run');
const tag = (args.find((a) => a.startsWith('--tag=')) || '--tag=latest').slice(6);

const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.question(`Release a ${bump} version with dist-tag "${tag}"? (y/N) `, (a) => {
  rl.close();
  if (!/^y(es)?$/i.test(a)) return console.log('aborted');
  release({ bump, tag, dryRun, otp: process.env.NPM_OTP }).catch((e) => { console.error(e.message); process.exit(1); });
});
