#!/usr/bin/env node
'use strict';
const { spawn } = require('child_process');
const history = require('../lib/history');
const clip = require('../lib/clip');
const { startSampler } = require('../lib/engine');

const [cmd = 'list', ...args] = process.argv.slice(2);

function fmt(item, i) {
  const t = item.text.replace(/\s+/g, ' ');
  return `${String(i).padStart(3)}  ${new Date(item.at).toLocaleTimeString()}  ${t.length > 70 ? t.slice(0, 67) + '...' : t}`;
}

function ensureDaemon() {
  if (process.env.CLIPHIST_DAEMON) return;
  const child = spawn(process.execPath, [__filename, '__daemon'], {
    detached: true,
    stdio: 'ignore',
    env: Object.assign({}, process.env, { CLIPHIST_DAEMON: '1' })
  });
  child.unref();
}

switch (cmd) {
  case '__daemon':
    startSampler(500, (text) => history.push(text));
    break;
  case 'list':
    ensureDaemon();
    history.load().slice(0, Number(args[0]) || 20).forEach((it, i) => console.log(fmt(it, i)));
    break;
  case 'search':
    ensureDaemon();
    history.search(args.join(' ')).slice(0, 50).forEach((it, i) => console.log(fmt(it, i)));
    break;
  case 'copy': {
    const item = history.load()[Number(args[0]) || 0];
    if (!item) { console.error('no such entry'); process.exit(1); }
    clip.write(item.text);
    console.log('copied.');
    break;
  }
  case 'clear':
    history.save([]);
    console.log('history cleared');
    break;
  default:
    console.log('Usage: cliphist [list [n] | search <text> | copy <n> | clear]');
}
