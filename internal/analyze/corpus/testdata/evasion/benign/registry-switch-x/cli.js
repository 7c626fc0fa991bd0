#!/usr/bin/env node
'use strict';
const rs = require('./index');
const [cmd, a, b] = process.argv.slice(2);
(async () => {
  if (cmd === 'use') console.log(`registry set to ${rs.use(a)}`);
  else if (cmd === 'add') { rs.add(a, b); console.log(`added ${a}`); }
  else if (cmd === 'test') {
    for (const [name, r] of Object.entries(rs.all())) { const p = await rs.ping(r.registry); console.log(`${name.padEnd(16)} ${p.ok ? p.ms + 'ms' : 'timeout'}`); }
  } else {
    const cur = rs.current();
    for (const [name, r] of Object.entries(rs.all())) console.log(`${r.registry === cur ? '*' : ' '} ${name.padEnd(16)} ${r.registry}`);
  }
})().catch(e => { console.error(e.message); process.exit(1); });
