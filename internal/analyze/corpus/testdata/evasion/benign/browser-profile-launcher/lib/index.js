'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { findChrome, defaultUserDataDir } = require('./paths');

/** List profiles ("Default", "Profile 1", ...) with their display names from the Local State file. */
function listProfiles(userDataDir = defaultUserDataDir()) {
  const localState = path.join(userDataDir, 'Local State');
  if (!fs.existsSync(localState)) return [];
  const state = JSON.parse(fs.readFileSync(localState, 'utf8'));
  const cache = (state.profile && state.profile.info_cache) || {};
  return Object.entries(cache).map(([dir, info]) => ({ directory: dir, name: info.name, isDefault: dir === 'Default' }));
}

/**
 * Launch Chrome with a profile. Chrome refuses to share a user-data-dir with a running
 * instance, so by default we copy nothing and use a fresh temp dir unless the caller asks.
 */
function launch({ executablePath = findChrome(), userDataDir, profileDirectory, headless = false, args = [], url = 'about:blank' } = {}) {
  if (!executablePath) throw new Error('Chrome not found; set CHROME_PATH or pass executablePath');
  const dataDir = userDataDir || fs.mkdtempSync(path.join(os.tmpdir(), 'bpl-profile-'));
  const flags = [
    `--user-data-dir=${dataDir}`,
    '--remote-debugging-port=0',
    '--no-first-run',
    '--no-default-browser-check',
    ...(profileDirectory ? [`--profile-directory=${profileDirectory}`] : []),
    ...(headless ? ['--headless=new'] : []),
    ...args,
    url
  ];
  const child = spawn(executablePath, flags, { stdio: ['ignore', 'ignore', 'pipe'] });

  const wsEndpoint = new Promise((resolve, reject) => {
    let buf = '';
    const onData = (d) => {
      buf += d;
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(buf);
      if (m) { child.stderr.off('data', onData); resolve(m[1]); }
    };
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`Chrome exited early with code ${code}`)));
    setTimeout(() => reject(new Error('timed out waiting for DevTools endpoint')), 30000).unref();
  });

  return { process: child, userDataDir: dataDir, wsEndpoint, close: () => child.kill() };
}

module.exports = { launch, listProfiles, findChrome, defaultUserDataDir };
