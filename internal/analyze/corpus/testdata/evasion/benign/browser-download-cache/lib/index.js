'use strict';

const { spawn } = require('child_process');
const reg = require('./registry');

function launch(name, options = {}) {
  const args = name === 'chromium'
    ? ['--headless=new', '--remote-debugging-port=0', '--no-first-run', '--user-data-dir=' + (options.userDataDir || require('os').tmpdir() + '/bk-profile')]
    : ['-headless', '-juggler-pipe'];
  const proc = spawn(options.executablePath || reg.executablePath(name), args.concat(options.args || []), { stdio: 'pipe' });
  return new Promise((resolve, reject) => {
    proc.once('error', reject);
    proc.stderr.on('data', (d) => {
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(d.toString());
      if (m) resolve({ wsEndpoint: m[1], process: proc, close: () => proc.kill() });
    });
  });
}

module.exports = { launch, chromium: { launch: (o) => launch('chromium', o) }, firefox: { launch: (o) => launch('firefox', o) } };
