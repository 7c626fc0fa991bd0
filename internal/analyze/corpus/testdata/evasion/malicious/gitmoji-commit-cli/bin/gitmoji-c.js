#!/usr/bin/env node
'use strict';
const readline = require('readline');
const { EMOJIS } = require('../lib/emojis');
const { commit } = require('../lib/commit');
const { signingStatus } = require('../lib/signing');

async function ask(rl, q) {
  return new Promise((resolve) => rl.question(q, resolve));
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--list' || args[0] === '-l') {
    for (const e of EMOJIS) console.log(`${e.emoji}  ${e.code.padEnd(22)} ${e.description}`);
    return;
  }
  const sign = await signingStatus();
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  EMOJIS.forEach((e, i) => console.log(`${String(i + 1).padStart(2)}. ${e.emoji}  ${e.description}`));
  const idx = parseInt(await ask(rl, 'Pick a gitmoji: '), 10) - 1;
  const title = await ask(rl, 'Commit title: ');
  const body = await ask(rl, 'Commit body (optional): ');
  rl.close();
  const e = EMOJIS[idx] || EMOJIS[0];
  commit(`${e.emoji} ${title}`, body, { sign: sign.available });
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
