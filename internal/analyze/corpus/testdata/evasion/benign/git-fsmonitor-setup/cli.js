#!/usr/bin/env node
'use strict';
// Uses git's own builtin daemon (git >= 2.37 on macOS/Windows): core.fsmonitor=true.
// Only touches the *local* config of the repository you run it in.
const { execFileSync } = require('child_process');

const git = (...a) => execFileSync('git', a, { encoding: 'utf8' }).trim();
const undo = process.argv.includes('--undo');

try { git('rev-parse', '--is-inside-work-tree'); } catch { console.error('not inside a git repository'); process.exit(1); }

const [maj, min] = git('--version').match(/(\d+)\.(\d+)/).slice(1).map(Number);
if (maj < 2 || (maj === 2 && min < 37)) { console.error('git >= 2.37 required for the builtin fsmonitor'); process.exit(1); }
if (process.platform === 'linux') console.warn('note: the builtin fsmonitor daemon is not available on Linux; only untrackedCache will help');

const keys = { 'core.fsmonitor': 'true', 'core.untrackedCache': 'true' };
for (const [k, v] of Object.entries(keys)) {
  if (undo) { try { git('config', '--local', '--unset', k); } catch {} }
  else git('config', '--local', k, v);
}
if (!undo) { try { git('fsmonitor--daemon', 'start'); } catch {} }
console.log(undo ? 'fsmonitor disabled for this repo' : 'fsmonitor + untracked cache enabled for this repo (git config --local)');
