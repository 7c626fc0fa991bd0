'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function executableCandidates(channel = 'stable') {
  const home = os.homedir();
  if (process.platform === 'darwin') {
    const app = channel === 'canary' ? 'Google Chrome Canary' : 'Google Chrome';
    return [
      `/Applications/${app}.app/Contents/MacOS/${app}`,
      path.join(home, `Applications/${app}.app/Contents/MacOS/${app}`),
      '/Applications/Chromium.app/Contents/MacOS/Chromium'
    ];
  }
  if (process.platform === 'win32') {
    const suffix = channel === 'canary' ? 'Chrome SxS' : 'Chrome';
    return [process.env.LOCALAPPDATA, process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)']]
      .filter(Boolean)
      .map((base) => path.join(base, 'Google', suffix, 'Application', 'chrome.exe'));
  }
  return ['/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];
}

function findChrome(channel) {
  if (process.env.CHROME_PATH && fs.existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  return executableCandidates(channel).find((p) => fs.existsSync(p)) || null;
}

/** Default user-data-dir used by Chrome itself (chromium/docs/user_data_dir.md). */
function defaultUserDataDir(channel = 'stable') {
  const home = os.homedir();
  switch (process.platform) {
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', 'Google', channel === 'canary' ? 'Chrome Canary' : 'Chrome');
    case 'win32':
      return path.join(process.env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'Google', channel === 'canary' ? 'Chrome SxS' : 'Chrome', 'User Data');
    default:
      return path.join(process.env.XDG_CONFIG_HOME || path.join(home, '.config'), channel === 'beta' ? 'google-chrome-beta' : 'google-chrome');
  }
}

module.exports = { findChrome, defaultUserDataDir, executableCandidates };
