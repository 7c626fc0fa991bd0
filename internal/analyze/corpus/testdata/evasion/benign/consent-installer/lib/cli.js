#!/usr/bin/env node
'use strict';

const os = require('os');
const path = require('path');
const readline = require('readline');
const { spawn, spawnSync } = require('child_process');
const { installerFor } = require('./official-installers');

function hasDeno() {
  const res = spawnSync('deno', ['--version'], { stdio: 'ignore' });
  if (res.status === 0) return 'deno';
  const local = path.join(os.homedir(), '.deno', 'bin', process.platform === 'win32' ? 'deno.exe' : 'deno');
  return spawnSync(local, ['--version'], { stdio: 'ignore' }).status === 0 ? local : null;
}

function ask(question) {
  if (!process.stdin.isTTY || process.env.CI) return Promise.resolve(false);
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      resolve(/^y(es)?$/i.test(answer.trim()));
    });
  });
}

function runInstaller() {
  const inst = installerFor();
  console.log(`\n> ${inst.display}\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(inst.shell, inst.args, { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Deno installer exited with code ${code}`))));
  });
}

async function ensureDeno() {
  const found = hasDeno();
  if (found) return found;
  const inst = installerFor();
  console.log('Deno is required to create a Fresh project but it was not found.');
  console.log(`The official installer can be run for you:\n\n    ${inst.display}\n`);
  const yes = await ask('Run the official Deno installer now? [y/N] ');
  if (!yes) {
    console.log('\nOK, not installing. Run the command above yourself, then re-run this tool.');
    process.exit(1);
  }
  await runInstaller();
  const after = hasDeno();
  if (!after) throw new Error('Deno still not found after install. Open a new terminal so your PATH is updated.');
  return after;
}

async function main() {
  const target = process.argv[2] || 'fresh-project';
  const deno = await ensureDeno();
  console.log(`Creating Fresh project in ./${target} ...`);
  const res = spawnSync(deno, ['run', '-A', '-r', 'https://fresh.deno.dev', target], { stdio: 'inherit' });
  process.exit(res.status == null ? 1 : res.status);
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
