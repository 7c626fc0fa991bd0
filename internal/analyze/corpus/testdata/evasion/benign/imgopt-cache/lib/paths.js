'use strict';
const os = require('os');
const path = require('path');

const APP = 'imgopt-cache';

/** Platform cache directory, following each OS's conventions. IMGOPT_CACHE_DIR overrides. */
function cacheDir() {
  if (process.env.IMGOPT_CACHE_DIR) return path.resolve(process.env.IMGOPT_CACHE_DIR);
  const home = os.homedir();
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', APP);
  if (process.platform === 'win32') return path.join(process.env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), APP, 'Cache');
  return path.join(process.env.XDG_CACHE_HOME || path.join(home, '.cache'), APP);
}

module.exports = { cacheDir, APP };
