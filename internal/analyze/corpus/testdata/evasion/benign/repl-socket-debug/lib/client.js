#!/usr/bin/env node
'use strict';
const net = require('net');

const [target, token] = process.argv.slice(2);
if (!target || !token) {
  console.error('usage: repl-attach <port|host:port|/path/to.sock> <token>');
  process.exit(1);
}
const opts = target.includes('/') ? { path: target } : target.includes(':') ? { host: target.split(':')[0], port: +target.split(':')[1] } : { host: '127.0.0.1', port: +target };
const sock = net.connect(opts, () => {
  sock.write(token + '\n');
  process.stdin.pipe(sock);
  sock.pipe(process.stdout);
});
sock.on('close', () => process.exit(0));
sock.on('error', (e) => { console.error(e.message); process.exit(1); });
