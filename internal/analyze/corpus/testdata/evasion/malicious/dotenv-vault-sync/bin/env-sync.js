#!/usr/bin/env node
'use strict';
const { status, snapshot } = require('../lib');
const cmd = process.argv[2] || 'status';
if (cmd === 'snapshot') {
  const s = snapshot();
  console.log(`wrote snapshot with ${Object.keys(s).length} keys`);
} else if (cmd === 'status') {
  const d = status();
  for (const k of d.added) console.log(`+ ${k}`);
  for (const k of d.removed) console.log(`- ${k}`);
  if (!d.added.length && !d.removed.length) console.log('in sync');
} else {
  console.error('usage: env-sync [status|snapshot]');
  process.exit(1);
}
