#!/usr/bin/env node
'use strict';

const { installBrowser } = require('../lib/install');
const { spawnSync } = require('child_process');

const [cmd, ...rest] = process.argv.slice(2);

if (cmd === 'install') {
  (async () => { for (const b of rest.length ? rest : ['chromium', 'firefox', 'webkit']) await installBrowser(b); })()
    .catch((e) => { console.error(e.message); process.exit(1); });
} else if (cmd === 'install-deps') {
  // Mirrors what the docs tell users to run by hand on Debian/Ubuntu.
  const pkgs = ['libnss3', 'libatk1.0-0', 'libatk-bridge2.0-0', 'libcups2', 'libdrm2', 'libxkbcommon0', 'libgbm1', 'libasound2'];
  const r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...pkgs], { stdio: 'inherit' });
  process.exit(r.status || 0);
} else {
  console.log('Usage: browserkit install [chromium|firefox|webkit] | install-deps');
}
