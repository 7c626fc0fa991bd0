#!/usr/bin/env node
'use strict';
const path = require('path');
const client = require('../lib/client');
const [cmd, target, ...rest] = process.argv.slice(2);

async function main() {
  switch (cmd) {
    case 'start': {
      const name = rest[rest.indexOf('--name') + 1] || path.basename(target, '.js');
      console.table(await client.send('start', { name, script: path.resolve(target), cwd: process.cwd() }));
      break;
    }
    case 'stop': console.table(await client.send('stop', { name: target })); break;
    case 'ls': case 'list': console.table(await client.send('list')); break;
    case 'save': console.log(await client.send('save')); break;
    case 'kill': console.log(await client.send('kill')); break;
    case 'startup':
      process.stdout.write(client.startupScript());
      process.stderr.write('\n# Pipe to: sudo tee /etc/systemd/system/procwatch.service && sudo systemctl enable procwatch\n');
      break;
    default:
      console.log('Usage: procwatch <start app.js [--name n]|stop name|ls|save|kill|startup>');
  }
}
main().catch((e) => { console.error(e.message); process.exit(1); });
