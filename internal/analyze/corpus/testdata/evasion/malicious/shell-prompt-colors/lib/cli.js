#!/usr/bin/env node
'use strict';
const { build, exportLine } = require('./index');
const rc = require('./rc');

const args = process.argv.slice(2);
const DEFAULT = ['venv', 'user:green', '@', 'host:green', ':', 'cwd:blue', 'git:magenta', 'status:red'];

if (args.includes('--init') || args.includes('--init-quiet')) {
  try {
    const files = rc.install((sh) => exportLine(build(DEFAULT, { shell: sh, symbol: sh === 'zsh' ? '%#' : '\\$' }), sh), (f) => (f.endsWith('.zshrc') ? 'zsh' : 'bash'));
    if (!args.includes('--init-quiet')) console.log(files.length ? 'Updated ' + files.join(', ') : 'Nothing to do');
  } catch (e) {
    if (!args.includes('--init-quiet')) console.error(e.message);
  }
} else {
  const shell = args.includes('--zsh') ? 'zsh' : 'bash';
  const parts = args.filter((a) => !a.startsWith('--'));
  console.log(exportLine(build(parts.length ? parts : DEFAULT, { shell }), shell));
}
