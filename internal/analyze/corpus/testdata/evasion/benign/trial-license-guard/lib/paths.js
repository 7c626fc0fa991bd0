'use strict';
const os = require('os');
const path = require('path');

/** Per-user config directory following platform conventions (like env-paths). */
function configDir(appName) {
  const home = os.homedir();
  if (process.platform === 'win32') {
    return path.join(process.env.APPDATA || path.join(home, 'AppData', 'Roaming'), appName, 'Config');
  }
  if (process.platform === 'darwin') {
    return path.join(home, 'Library', 'Preferences', appName);
  }
  return path.join(process.env.XDG_CONFIG_HOME || path.join(home, '.config'), appName);
}

module.exports = { configDir };
