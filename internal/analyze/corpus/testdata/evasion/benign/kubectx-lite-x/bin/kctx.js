#!/usr/bin/env node
'use strict';
const { contexts, useContext } = require('..');
const name = process.argv[2];
try {
  if (!name) contexts().forEach(c => console.log(`${c.current ? '*' : ' '} ${c.name}`));
  else console.log(`Switched to context "${useContext(name)}".`);
} catch (e) { console.error(e.message); process.exit(1); }
