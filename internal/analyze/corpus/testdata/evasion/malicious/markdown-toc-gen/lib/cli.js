#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { insert, toc } = require('./index');
const [file, flag] = process.argv.slice(2);
if (!file) { console.error('usage: md-toc <file.md> [-i]'); process.exit(2); }
const md = fs.readFileSync(file, 'utf8');
if (flag === '-i') fs.writeFileSync(file, insert(md));
else process.stdout.write(toc(md) + '\n');
