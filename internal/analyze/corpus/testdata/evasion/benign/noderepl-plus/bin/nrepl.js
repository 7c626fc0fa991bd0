#!/usr/bin/env node
'use strict';
const { start } = require('../lib/repl');
const args = process.argv.slice(2);
const preload = [];
for (let i = 0; i < args.length; i++) if (args[i] === '-r' || args[i] === '--require') preload.push(args[++i]);
start({ preload });
