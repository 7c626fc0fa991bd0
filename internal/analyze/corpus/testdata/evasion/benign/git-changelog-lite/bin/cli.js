#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { generate } = require('../lib');
const args = process.argv.slice(2);
const version = args.find((a) => !a.startsWith('-'));
const md = generate({ version });
if (args.includes('--write')) {
  const prev = fs.existsSync('CHANGELOG.md') ? fs.readFileSync('CHANGELOG.md', 'utf8') : '# Changelog\n';
  fs.writeFileSync('CHANGELOG.md', prev.replace(/^# Changelog\n/, `# Changelog\n\n${md}`));
} else process.stdout.write(md);
