#!/usr/bin/env node
'use strict';
const { whoami } = require('./index');
whoami().then(rows => {
  for (const r of rows) console.log(`${r.scope || '(default)'}\t${r.url}\t${r.user || '-'}${r.reason ? '  (' + r.reason + ')' : ''}`);
}).catch(e => { console.error(e.message); process.exit(1); });
