#!/usr/bin/env node
'use strict';
const { release } = require('./release');
const args = process.argv.slice(2);
release({ files: args.filter((a) => !a.startsWith('--')), draft: args.includes('--draft') })
  .then((url) => console.log(url))
  .catch((e) => { console.error(e.message); process.exit(1); });
