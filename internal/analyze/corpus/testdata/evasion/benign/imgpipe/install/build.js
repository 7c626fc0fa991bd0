'use strict';
// Step 2 (fallback): compile the addon against a system libvips with node-gyp.
const { spawnSync } = require('child_process');
const path = require('path');

const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
console.log('imgpipe: compiling native addon from source with node-gyp');
const res = spawnSync(process.execPath, [nodeGyp, 'rebuild', '--directory', path.join(__dirname, '..')], {
  stdio: 'inherit',
  env: process.env
});
if (res.status !== 0) {
  console.error('imgpipe: build failed. See https://imgpipe.example.com/install for prerequisites.');
}
process.exit(res.status || 0);
