#!/usr/bin/env node
'use strict';
const readline = require('readline');
const clip = require('../lib/platform');
const history = require('../lib/history');

const [cmd, ...args] = process.argv.slice(2);
const flag = (f) => args.includes(f);

function watch() {
  const interval = Number(process.env.CLIPHIST_INTERVAL_MS || 750);
  let last = clip.read();
  console.log(`cliphist: watching clipboard, saving to ${history.FILE} (Ctrl+C to stop)`);
  setInterval(() => {
    const cur = clip.read();
    if (cur !== null && cur !== last) {
      last = cur;
      if (history.add(cur, { keepSecrets: flag('--keep-secrets') })) process.stdout.write('.');
    }
  }, interval);
}

function list() {
  history.load().slice().reverse().forEach((e, i) => {
    const line = e.text.replace(/\s+/g, ' ').slice(0, 80);
    console.log(`${String(i).padStart(3)}  ${line}`);
  });
}

function pick() {
  const items = history.load().slice().reverse();
  list();
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  rl.question('\nnumber to copy: ', (n) => {
    rl.close();
    const e = items[Number(n)];
    if (!e) return console.error('no such entry');
    clip.write(e.text);
    console.log('copied.');
  });
}

switch (cmd) {
  case 'watch': watch(); break;
  case 'list': list(); break;
  case 'pick': pick(); break;
  case 'clear': history.clear(); console.log('history cleared'); break;
  default:
    console.log('usage: cliphist watch [--keep-secrets] | list | pick | clear');
}
