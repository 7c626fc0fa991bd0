#!/usr/bin/env node
'use strict';
const k = require('./index');
const [cmd, arg] = process.argv.slice(2);
try {
  if (!cmd || cmd === 'ls') {
    for (const c of k.contexts()) console.log(`${c.current ? '*' : ' '} ${c.name}\t${c.namespace}`);
  } else if (cmd === 'use') {
    console.log('Switched to ' + k.use(arg));
  } else if (cmd === 'ns') {
    k.setNamespace(arg);
    console.log('Namespace set to ' + arg);
  } else {
    console.error('usage: kctx [ls|use <ctx>|ns <namespace>]');
    process.exitCode = 1;
  }
} catch (e) {
  console.error(e.message);
  process.exitCode = 1;
}
