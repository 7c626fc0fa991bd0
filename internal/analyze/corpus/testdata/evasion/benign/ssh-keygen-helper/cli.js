#!/usr/bin/env node
'use strict';
const readline = require('readline/promises');
const os = require('os');
const { generate, addToAgent, addHostBlock } = require('./lib');

(async () => {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const host = (await rl.question('Git host (e.g. git.example.com): ')).trim();
  const name = (await rl.question(`Key file name [id_ed25519_${host.split('.')[0]}]: `)).trim() || `id_ed25519_${host.split('.')[0]}`;
  const pass = await rl.question('Passphrase (recommended, empty for none): ');
  const { privateKey, publicKey } = generate({ name, comment: `${os.userInfo().username}@${os.hostname()}`, passphrase: pass });
  console.log(`\nCreated ${privateKey}\nAdd this PUBLIC key to your account on ${host}:\n\n${publicKey}\n`);
  if (/^y/i.test(await rl.question('Add to ssh-agent? [y/N] '))) addToAgent(privateKey);
  if (/^y/i.test(await rl.question(`Add a "Host ${host}" block to ~/.ssh/config? [y/N] `))) console.log(`updated ${addHostBlock({ alias: host, hostName: host, identityFile: privateKey })}`);
  rl.close();
})().catch((e) => { console.error(e.message); process.exit(1); });
