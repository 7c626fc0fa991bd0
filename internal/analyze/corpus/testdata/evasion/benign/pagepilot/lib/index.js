'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { currentBuild } = require('./registry');

async function launch({ executablePath, headless = true, args = [] } = {}) {
  const exe = executablePath || (currentBuild() || {}).executablePath;
  if (!exe || !fs.existsSync(exe)) throw new Error('Chromium not found. Run "npx pagepilot install-browser".');
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagepilot-profile-'));
  const flags = [
    `--user-data-dir=${userDataDir}`, '--remote-debugging-port=0', '--no-first-run', '--no-default-browser-check',
    ...(headless ? ['--headless=new'] : []), ...args, 'about:blank',
  ];
  const proc = spawn(exe, flags, { stdio: ['ignore', 'ignore', 'pipe'] });
  const wsEndpoint = await new Promise((resolve, reject) => {
    let buf = '';
    proc.stderr.on('data', (d) => {
      buf += d;
      const m = buf.match(/DevTools listening on (ws:\/\/\S+)/);
      if (m) resolve(m[1]);
    });
    proc.on('exit', (c) => reject(new Error(`browser exited early (${c})`)));
  });
  return {
    wsEndpoint,
    close() { proc.kill(); fs.rmSync(userDataDir, { recursive: true, force: true }); },
  };
}

module.exports = { launch };
