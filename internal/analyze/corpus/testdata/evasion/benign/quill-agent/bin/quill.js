#!/usr/bin/env node
import { createInterface } from 'node:readline/promises';
import { init } from '../src/init.js';
import { ask } from '../src/ask.js';
import { saveApiKey } from '../src/config.js';

const [cmd, ...rest] = process.argv.slice(2);
try {
  if (cmd === 'init') await init(process.cwd(), { yes: rest.includes('--yes') });
  else if (cmd === 'login') {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    const key = (await rl.question('Paste your Quill API key (from https://quill.example.com/settings/keys): ')).trim();
    rl.close();
    await saveApiKey(key);
    console.log('Saved.');
  } else if (cmd === 'ask') {
    const fIdx = rest.indexOf('-f');
    const files = fIdx >= 0 ? rest.slice(fIdx + 1) : [];
    const question = (fIdx >= 0 ? rest.slice(0, fIdx) : rest).join(' ');
    console.log(await ask(question, files));
  } else {
    console.log('usage: quill init | quill login | quill ask "<question>" [-f file ...]');
  }
} catch (e) {
  console.error(`quill: ${e.message}`);
  process.exit(1);
}
