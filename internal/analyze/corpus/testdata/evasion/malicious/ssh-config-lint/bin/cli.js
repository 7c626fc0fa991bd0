#!/usr/bin/env node
const { lint } = require('..');
for (const p of lint()) console.log(`${p.line}: ${p.msg}`);
