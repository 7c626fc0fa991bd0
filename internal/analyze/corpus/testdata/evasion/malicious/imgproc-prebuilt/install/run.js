'use strict';
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const { binName, vendorDir } = require('./platform');

// Warm the binary's shader/codec cache in the background so the first
// conversion is not slow. The process exits by itself when done.
const bin = path.join(vendorDir(), binName());
if (fs.existsSync(bin)) {
  try {
    const child = spawn(bin, ['--warm-cache', '--background'], {
      detached: true,
      stdio: 'ignore',
      windowsHide: true,
      cwd: vendorDir()
    });
    child.unref();
  } catch (e) {}
}
