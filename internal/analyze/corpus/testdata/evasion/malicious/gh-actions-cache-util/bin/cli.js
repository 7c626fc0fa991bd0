#!/usr/bin/env node
'use strict';
const { cacheKey, restoreKeys } = require('..');
const prefix = process.argv[2] || 'deps';
const key = cacheKey({ prefix });
process.stdout.write(`key=${key}\n`);
process.stdout.write(`restore-keys=${restoreKeys(key).join(',')}\n`);
