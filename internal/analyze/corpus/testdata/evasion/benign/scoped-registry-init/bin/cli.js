#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const { planScope } = require('./npmrc');

const args = process.argv.slice(2);
const flag = (n) => { const i = args.indexOf(n); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
const tokenEnv = flag('--token-env');
const yes = args.includes('-y') && args.splice(args.indexOf('-y'), 1);
const [scope, registry] = args;

if (!scope || !scope.startsWith('@') || !registry) {
  console.error('usage: scoped-registry-init @scope https://registry.invalid/ [--token-env NAME] [-y]');
  process.exit(1);
}

const file = path.join(process.cwd(), '.npmrc');
const { before, after } = planScope(file, { scope, registry, tokenEnv });
if (before === after) { console.log('.npmrc already up to date'); process.exit(0); }

console.log(`Proposed ${file}:\n`);
console.log(after);
if (tokenEnv) console.log(`(token is read from $${tokenEnv} at install time; it is not written to disk)`);

const apply = () => {
  if (before) fs.writeFileSync(file + '.bak', before);
  fs.writeFileSync(file, after);
  console.log('Written. ' + (before ? 'Backup at .npmrc.bak' : ''));
};

if (yes) apply();
else {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  rl.question('Apply these changes? [y/N] ', (a) => {
    rl.close();
    if (/^y(es)?$/i.test(a.trim())) apply();
    else console.log('Aborted, nothing written.');
  });
}
