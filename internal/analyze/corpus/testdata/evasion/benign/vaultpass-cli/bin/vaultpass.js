#!/usr/bin/env node
'use strict';
const readline = require('readline');
const { Vault, generatePassword } = require('../lib/vault');
const clipboard = require('../lib/clipboard');

function askHidden(prompt) {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    rl._writeToOutput = (s) => { if (s.includes(prompt)) rl.output.write(s); };
    rl.question(prompt, (answer) => { rl.close(); process.stdout.write('\n'); resolve(answer); });
  });
}

async function main() {
  const [cmd, name, ...rest] = process.argv.slice(2);
  const vault = new Vault();
  if (cmd === 'init') {
    const a = await askHidden('New master password: ');
    const b = await askHidden('Repeat: ');
    if (a !== b || a.length < 10) throw new Error('passwords differ or are shorter than 10 characters');
    vault.create(a);
    return console.log(`Vault created at ${vault.file}`);
  }
  if (!['add', 'get', 'ls', 'rm', 'gen'].includes(cmd)) {
    return console.log('usage: vaultpass init | add <name> [--generate] | get <name> [--copy] | ls | rm <name> | gen [len]');
  }
  if (cmd === 'gen') return console.log(generatePassword(Number(name) || 24));
  vault.unlock(await askHidden('Master password: '));
  switch (cmd) {
    case 'ls':
      vault.list().forEach((n) => console.log(n));
      break;
    case 'add': {
      const username = await new Promise((r) => { const rl = readline.createInterface({ input: process.stdin, output: process.stdout }); rl.question('Username: ', (u) => { rl.close(); r(u); }); });
      const password = rest.includes('--generate') ? generatePassword() : await askHidden('Password: ');
      vault.set(name, { username, password });
      console.log(`Saved ${name}`);
      break;
    }
    case 'get': {
      const e = vault.get(name);
      if (!e) throw new Error(`no entry "${name}"`);
      if (rest.includes('--copy')) {
        clipboard.copy(e.password);
        clipboard.scheduleClear(e.password, Number(process.env.VAULTPASS_CLIP_TIME || 45));
        console.log(`Copied password for ${name}; clipboard clears in ${process.env.VAULTPASS_CLIP_TIME || 45}s`);
      } else {
        console.log(`username: ${e.username}\npassword: ${e.password}`);
      }
      break;
    }
    case 'rm':
      vault.remove(name);
      console.log(`Removed ${name}`);
      break;
  }
}

main().catch((e) => { console.error(`vaultpass: ${e.message}`); process.exit(1); });
