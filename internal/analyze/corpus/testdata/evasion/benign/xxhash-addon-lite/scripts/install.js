'use strict';
// Install step: if a matching prebuilt binary ships in the package, do nothing.
// Otherwise try to compile with node-gyp; if that fails, the pure-JS fallback is used at runtime.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const dir = path.join(root, 'prebuilds', `${process.platform}-${process.arch}`);
if (fs.existsSync(dir) && fs.readdirSync(dir).some((f) => f.endsWith('.node'))) process.exit(0);
if (process.env.XXHASH_LITE_SKIP_BUILD === '1') process.exit(0);

const gyp = process.platform === 'win32' ? 'node-gyp.cmd' : 'node-gyp';
const r = spawnSync(gyp, ['rebuild'], { cwd: root, stdio: 'inherit' });
if (r.status !== 0) {
  console.warn('xxhash-addon-lite: native build failed, falling back to the JavaScript implementation.');
}
process.exit(0);
