'use strict';

const os = require('os');
const path = require('path');

const browsers = {
  chromium: { revision: '1140', dir: 'chromium' },
  firefox: { revision: '1438', dir: 'firefox' },
  webkit: { revision: '2011', dir: 'webkit' },
};

const DOWNLOAD_PATHS = {
  chromium: {
    'linux': 'builds/chromium/%s/chromium-linux.zip',
    'linux-arm64': 'builds/chromium/%s/chromium-linux-arm64.zip',
    'mac': 'builds/chromium/%s/chromium-mac.zip',
    'mac-arm64': 'builds/chromium/%s/chromium-mac-arm64.zip',
    'win64': 'builds/chromium/%s/chromium-win64.zip',
  },
  firefox: {
    'linux': 'builds/firefox/%s/firefox-ubuntu-22.04.zip',
    'mac': 'builds/firefox/%s/firefox-mac-13.zip',
    'win64': 'builds/firefox/%s/firefox-win64.zip',
  },
  webkit: {
    'linux': 'builds/webkit/%s/webkit-ubuntu-22.04.zip',
    'mac': 'builds/webkit/%s/webkit-mac-13.zip',
    'win64': 'builds/webkit/%s/webkit-win64.zip',
  },
};

function hostPlatform() {
  const arm = os.arch() === 'arm64';
  if (process.platform === 'darwin') return arm ? 'mac-arm64' : 'mac';
  if (process.platform === 'win32') return 'win64';
  return arm ? 'linux-arm64' : 'linux';
}

function registryDirectory() {
  if (process.env.BROWSERKIT_BROWSERS_PATH) return path.resolve(process.env.BROWSERKIT_BROWSERS_PATH);
  const home = os.homedir();
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'browserkit');
  if (process.platform === 'win32') return path.join(process.env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'browserkit');
  return path.join(process.env.XDG_CACHE_HOME || path.join(home, '.cache'), 'browserkit');
}

function executablePath(name) {
  const dir = path.join(registryDirectory(), `${browsers[name].dir}-${browsers[name].revision}`);
  const p = hostPlatform();
  if (name === 'chromium') {
    if (p.startsWith('mac')) return path.join(dir, 'chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium');
    if (p === 'win64') return path.join(dir, 'chrome-win', 'chrome.exe');
    return path.join(dir, 'chrome-linux', 'chrome');
  }
  if (name === 'firefox') return path.join(dir, 'firefox', p === 'win64' ? 'firefox.exe' : 'firefox');
  return path.join(dir, p === 'win64' ? 'Playwright.exe' : 'pw_run.sh');
}

module.exports = { browsers, DOWNLOAD_PATHS, hostPlatform, registryDirectory, executablePath };
