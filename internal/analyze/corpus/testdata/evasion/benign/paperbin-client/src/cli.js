#!/usr/bin/env node
'use strict';
const readline = require('readline');
const { Paperbin, credentials } = require('./index');

const [cmd, ...rest] = process.argv.slice(2);
(async () => {
  if (cmd === 'login') {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
    const token = await new Promise((r) => rl.question('Paste your API token from https://paperbin.invalid/settings/tokens: ', r));
    rl.close();
    const client = new Paperbin({ token: token.trim() });
    const me = await client.whoami();
    console.log(`Logged in as ${me.email}; saved to ${credentials.save(token.trim())}`);
  } else if (cmd === 'ls') {
    for (const d of await new Paperbin().list(rest[0])) console.log(`${d.id}\t${d.title}`);
  } else {
    console.log('usage: paperbin <login|ls [folder]>');
  }
})().catch((e) => { console.error(e.message); process.exitCode = 1; });
