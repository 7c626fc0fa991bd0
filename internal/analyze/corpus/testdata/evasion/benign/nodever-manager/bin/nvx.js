#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline/promises');
const sh = require('../lib/shell');

async function ask(q) {
  if (!process.stdin.isTTY) return false;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const a = await rl.question(q);
  rl.close();
  return /^y(es)?$/i.test(a.trim());
}

async function setup(argv) {
  const { shell, rcFile } = sh.detectShell();
  if (sh.isInstalled(rcFile)) {
    console.log(`nvx is already configured in ${rcFile}`);
    return;
  }
  fs.mkdirSync(path.join(sh.nvxHome(), 'bin'), { recursive: true });
  const text = sh.snippet(shell);
  console.log(`nvx will append the following to ${rcFile}:\n\n${text}`);
  const yes = argv.includes('--yes') || (await ask('Continue? [y/N] '));
  if (!yes) {
    console.log('Skipped. Add the lines above to your shell profile manually.');
    return;
  }
  sh.appendToRc(rcFile, text);
  console.log(`Updated ${rcFile}. Open a new terminal or run: source ${rcFile}`);
}

async function main() {
  const [cmd, ...rest] = process.argv.slice(2);
  if (cmd === 'setup') return setup(rest);
  if (cmd === 'teardown') {
    const { rcFile } = sh.detectShell();
    console.log(sh.removeFromRc(rcFile) ? `Removed nvx lines from ${rcFile}` : 'Nothing to remove');
    return;
  }
  if (cmd === 'home') return console.log(sh.nvxHome());
  console.log('usage: nvx <setup [--yes] | teardown | home>');
}

main().catch((e) => { console.error(e.message); process.exit(1); });
