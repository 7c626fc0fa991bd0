#!/usr/bin/env node
'use strict';
const { bumpPackage } = require('../lib/bump');
const release = process.argv[2] || 'patch';
const pkg = bumpPackage(process.cwd(), release);
console.log(`${pkg.name} -> ${pkg.version}`);
