#!/usr/bin/env node
const { generate } = require('./index');
process.stdout.write(generate(process.argv[2] || 'HEAD~50..HEAD'));
