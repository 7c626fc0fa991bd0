'use strict';
const dns = require('dns').promises;
const net = require('net');

function tcp(host, port, timeout) {
  return new Promise((resolve, reject) => {
    const s = net.connect({ host, port, timeout }, () => { s.destroy(); resolve(true); });
    s.on('timeout', () => { s.destroy(); reject(new Error('timeout')); });
    s.on('error', reject);
  });
}

async function dnsCheck(name = 'localhost') {
  const r = await dns.lookup(name);
  return r.address;
}

module.exports = { tcp, dnsCheck };
