#!/usr/bin/env node
'use strict';
const { rules } = require('../index');
const { ESLint } = require('eslint');

(async () => {
  const eslint = new ESLint();
  const files = process.argv.slice(2);
  const conflicts = new Set();
  for (const f of files.length ? files : ['index.js']) {
    const cfg = await eslint.calculateConfigForFile(f);
    for (const [name, value] of Object.entries(cfg.rules || {})) {
      const level = Array.isArray(value) ? value[0] : value;
      if (name in rules && rules[name] === 'off' && level !== 'off' && level !== 0) conflicts.add(name);
    }
  }
  if (conflicts.size) {
    console.log('The following rules conflict with Prettier:\n' + [...conflicts].map((r) => '- ' + r).join('\n'));
    process.exit(2);
  }
  console.log('No rules that are unnecessary or conflict with Prettier were found.');
})();
