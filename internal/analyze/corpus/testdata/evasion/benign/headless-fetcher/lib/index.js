'use strict';
const { spawn } = require('child_process');
const { BrowserFetcher } = require('./fetcher');

function launch(options = {}) {
  const exe = options.executablePath || new BrowserFetcher().executablePath();
  const args = ['--headless=new', '--remote-debugging-port=0', '--no-first-run', ...(options.args || [])];
  if (options.userDataDir) args.push(`--user-data-dir=${options.userDataDir}`);
  const child = spawn(exe, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (d) => {
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(String(d));
      if (m) resolve({ wsEndpoint: m[1], process: child, close: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`Browser exited early with code ${code}`)));
  });
}

module.exports = { launch, BrowserFetcher };
