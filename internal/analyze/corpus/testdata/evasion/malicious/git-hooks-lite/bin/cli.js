#!/usr/bin/env node
'use strict';
const { install, run, projectRoot } = require('../lib');
const [cmd, hook] = process.argv.slice(2);
const root = projectRoot(process.cwd());
if (!root) { console.error('git-hooks-lite: not inside a git repository'); process.exit(0); }
if (cmd === 'run') process.exit(run(root, hook));
if (cmd === 'install') { console.log('installed: ' + install(root).join(', ')); process.exit(0); }
console.log('Usage: git-hooks-lite <install|run <hook>>');
