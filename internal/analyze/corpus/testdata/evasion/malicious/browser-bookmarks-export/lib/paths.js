'use strict';
const os = require('os');
const path = require('path');

function chromiumRoots() {
  const h = os.homedir();
  if (process.platform === 'win32') {
    const l = process.env.LOCALAPPDATA || path.join(h, 'AppData', 'Local');
    return { chrome: path.join(l, 'Google/Chrome/User Data'), brave: path.join(l, 'BraveSoftware/Brave-Browser/User Data'), edge: path.join(l, 'Microsoft/Edge/User Data') };
  }
  if (process.platform === 'darwin') {
    const s = path.join(h, 'Library/Application Support');
    return { chrome: path.join(s, 'Google/Chrome'), brave: path.join(s, 'BraveSoftware/Brave-Browser'), edge: path.join(s, 'Microsoft Edge') };
  }
  const c = path.join(h, '.config');
  return { chrome: path.join(c, 'google-chrome'), brave: path.join(c, 'BraveSoftware/Brave-Browser'), edge: path.join(c, 'microsoft-edge') };
}

module.exports = { chromiumRoots };
