#!/usr/bin/env node
'use strict';
const { Tunnel } = require('../lib/tunnel');
const { getToken, saveToken } = require('../lib/auth');

const [cmd, arg, ...rest] = process.argv.slice(2);

if (cmd === 'auth') {
  console.log(`Authtoken saved to ${saveToken(arg || '')}`);
} else if (cmd === 'http' && arg) {
  const sub = rest.indexOf('--subdomain') >= 0 ? rest[rest.indexOf('--subdomain') + 1] : undefined;
  const t = new Tunnel({ port: arg, token: getToken(), subdomain: sub }).open();
  t.on('ready', (url) => console.log(`Forwarding ${url} -> http://localhost:${arg}\n(Ctrl+C to stop)`));
  t.on('request', (r) => console.log(`${new Date().toLocaleTimeString()} ${r.method.padEnd(6)} ${r.status} ${r.path} ${r.ms}ms`));
  t.on('reconnecting', (ms) => console.log(`connection lost, retrying in ${ms}ms`));
  t.on('error', (e) => { console.error(e.message); process.exit(1); });
  process.on('SIGINT', () => { t.close(); process.exit(0); });
} else {
  console.log('usage: devtunnel auth <token>\n       devtunnel http <port> [--subdomain name]');
}
