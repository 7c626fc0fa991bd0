#!/usr/bin/env node
'use strict';
const { open } = require('../lib');
const store = open();
store.on('switch', ({ from, to }) => console.log(`Switched from "${from}" to "${to}"`));
const target = process.argv[2];
if (target) store.setCurrent(target);
else for (const c of store.contexts()) console.log(`${c.name === store.current() ? '*' : ' '} ${c.name}\t${c.cluster}\t${c.namespace}`);
