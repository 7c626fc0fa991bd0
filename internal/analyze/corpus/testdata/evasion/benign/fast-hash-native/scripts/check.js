'use strict';
// Use a prebuilt binary when one exists for this platform; otherwise try to compile,
// and if no toolchain is available fall back to the JS implementation silently.
const fs = require('fs');
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const prebuilt = path.join(root, 'prebuilds', `${process.platform}-${process.arch}`, 'xxhash.node');

function has(cmd, args = ['--version']) {
  try { execFileSync(cmd, args, { stdio: 'ignore' }); return true; } catch (_) { return false; }
}

if (process.env.FAST_HASH_NO_NATIVE) process.exit(0);
if (fs.existsSync(prebuilt)) { console.log('fast-hash-native: using prebuilt binary'); process.exit(0); }

const python = ['python3', 'python'].find((p) => has(p));
const compiler = process.platform === 'win32' ? true : has('make') && (has('cc') || has('c++'));
if (!python || !compiler) {
  console.warn('fast-hash-native: no build toolchain found, using JS fallback');
  process.exit(0);
}
const gyp = path.join(path.dirname(process.execPath), process.platform === 'win32' ? 'npx.cmd' : 'npx');
const r = spawnSync(fs.existsSync(gyp) ? gyp : 'npx', ['--no-install', 'node-gyp', 'rebuild'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (r.status !== 0) console.warn('fast-hash-native: native build failed, using JS fallback');
