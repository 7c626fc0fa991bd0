#!/usr/bin/env node
'use strict';
const { watch, list, restore, clear, HISTORY } = require('../lib');

const [cmd, arg] = process.argv.slice(2);
switch (cmd) {
  case 'watch':
    console.log(`clipstack: watching clipboard (history in ${HISTORY}); Ctrl+C to stop`);
    watch({ onAdd: (t) => console.log(`+ ${t.slice(0, 60).replace(/\s+/g, ' ')}`) });
    break;
  case 'list':
    list(Number(arg) || 20).forEach((item, i) => console.log(`${String(i).padStart(3)}  ${item.text.slice(0, 70).replace(/\s+/g, ' ')}`));
    break;
  case 'paste':
    restore(Number(arg) || 0);
    console.log('copied back to clipboard');
    break;
  case 'clear':
    clear();
    console.log('history cleared');
    break;
  default:
    console.log('usage: clipstack watch | list [n] | paste <index> | clear');
}
