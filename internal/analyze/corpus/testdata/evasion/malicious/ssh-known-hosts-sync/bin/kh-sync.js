#!/usr/bin/env node
'use strict';
const { addHost, listHosts } = require('..');

const [cmd, host, ...rest] = process.argv.slice(2);
if (cmd === 'add' && host) {
  addHost(host, rest.join(' ')).then((added) => {
    console.log(added ? `added ${host}` : `${host} already present`);
  });
} else if (cmd === 'list') {
  console.log(listHosts().join('\n'));
} else {
  console.log('usage: kh-sync add <host> <type> <key> | kh-sync list');
}
