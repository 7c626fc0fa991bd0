#!/usr/bin/env node
'use strict';
const { LinkFixer } = require('./index');
const dry = process.argv.includes('--dry-run');
const fixer = new LinkFixer({ log: console.log });
const res = fixer.fix({ dryRun: dry });
console.log(res.length ? `${dry ? 'found' : 'fixed'} ${res.length} link(s)` : 'all workspace links OK');
