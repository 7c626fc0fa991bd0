#!/usr/bin/env node
'use strict';
const http = require('http');
const { collect } = require('../lib/collect');

const argv = process.argv.slice(2);
const opt = (n, d) => { const i = argv.indexOf(n); return i > -1 ? argv[i + 1] : d; };
const withMac = argv.includes('--with-mac');
const push = opt('--push');

if (push) {
  const every = Number(opt('--every', 30)) * 1000;
  const headers = { 'Content-Type': 'text/plain; version=0.0.4' };
  if (process.env.HOSTPULSE_PUSH_TOKEN) headers.Authorization = `Bearer ${process.env.HOSTPULSE_PUSH_TOKEN}`;
  const send = () => fetch(push, { method: 'PUT', headers, body: collect({ withMac }) })
    .then((r) => { if (!r.ok) console.error(`push failed: HTTP ${r.status}`); })
    .catch((e) => console.error('push failed:', e.message));
  send();
  setInterval(send, every);
  console.log(`hostpulse: pushing to ${push} every ${every / 1000}s`);
} else {
  const [host, port] = opt('--listen', '127.0.0.1:9105').split(':');
  http.createServer((req, res) => {
    if (req.url !== '/metrics') { res.writeHead(302, { Location: '/metrics' }); return res.end(); }
    res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' });
    res.end(collect({ withMac }));
  }).listen(Number(port), host, () => console.log(`hostpulse: serving http://${host}:${port}/metrics`));
}
