#!/usr/bin/env node
import readline from 'node:readline/promises';
import { backup, restore } from '../lib.mjs';

const [cmd, a, b] = process.argv.slice(2);
const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
const pass = await rl.question('Passphrase: ');
rl.close();
if (cmd === 'create' && a && b) console.log(`wrote ${await backup(a, b, pass)}`);
else if (cmd === 'restore' && a && b) { await restore(a, b, pass); console.log(`restored into ${b}`); }
else console.log('usage: encbackup create <dir> <out.encbk> | restore <file.encbk> <dest-dir>');
