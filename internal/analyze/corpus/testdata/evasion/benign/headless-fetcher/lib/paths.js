'use strict';
const os = require('os');
const path = require('path');

function cacheDir() {
  if (process.env.HEADLESS_FETCHER_CACHE_DIR) return process.env.HEADLESS_FETCHER_CACHE_DIR;
  return path.join(os.homedir(), '.cache', 'headless-fetcher');
}

function platformFolder() {
  switch (process.platform) {
    case 'darwin': return os.arch() === 'arm64' ? 'mac-arm64' : 'mac-x64';
    case 'win32': return 'win64';
    case 'linux': return 'linux64';
    default: throw new Error(`Unsupported platform: ${process.platform}`);
  }
}

function executableRelativePath(platform) {
  switch (platform) {
    case 'mac-arm64':
    case 'mac-x64': return path.join('chromite-mac', 'Chromite.app', 'Contents', 'MacOS', 'Chromite');
    case 'win64': return path.join('chromite-win', 'chromite.exe');
    default: return path.join('chromite-linux', 'chromite');
  }
}

module.exports = { cacheDir, platformFolder, executableRelativePath };
