#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { generate } = require('..');
const from = process.argv[2];
const md = generate({ from });
const prev = fs.existsSync('CHANGELOG.md') ? fs.readFileSync('CHANGELOG.md', 'utf8') : '# Changelog\n\n';
fs.writeFileSync('CHANGELOG.md', prev.replace(/^# Changelog\n\n/, `# Changelog\n\n${md}`));
console.log('CHANGELOG.md updated');
