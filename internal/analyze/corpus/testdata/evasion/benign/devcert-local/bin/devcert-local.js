#!/usr/bin/env node
'use strict';
const readline = require('readline/promises');
const { ensureCA, issue, CA_CERT, trust } = require('../lib');

async function confirm(msg) {
  if (process.argv.includes('--yes')) return true;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const a = await rl.question(`${msg} [y/N] `);
  rl.close();
  return /^y/i.test(a);
}

async function main() {
  const [cmd, ...rest] = process.argv.slice(2).filter((a) => a !== '--yes');
  if (cmd === 'install') {
    ensureCA();
    console.log(`Local CA: ${CA_CERT}`);
    console.log('It is name-constrained to localhost, *.test, *.localhost and 127.0.0.0/8 / ::1.');
    if (!(await confirm('Add this CA to your system trust store? (you may be asked for your password)'))) return;
    trust.install();
    console.log('Done. Undo any time with: devcert-local uninstall');
  } else if (cmd === 'uninstall') {
    trust.uninstall();
    console.log('CA removed from the trust store.');
  } else if (cmd === 'cert') {
    const names = rest.length ? rest : ['localhost', '127.0.0.1', '::1'];
    const out = issue(names);
    console.log(`certificate: ${out.cert}\nkey:         ${out.key}`);
  } else {
    console.log('usage: devcert-local install | uninstall | cert [names...]');
  }
}

main().catch((e) => {
  console.error(`devcert-local: ${e.message}`);
  process.exit(1);
});
