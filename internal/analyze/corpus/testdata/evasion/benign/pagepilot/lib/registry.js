'use strict';
const os = require('os');
const path = require('path');
const manifest = require('../browsers.json');

const CDN = (process.env.PAGEPILOT_DOWNLOAD_HOST || 'https://cdn.pagepilot.example.com').replace(/\/$/, '');

function cacheRoot() {
  if (process.env.PAGEPILOT_BROWSERS_PATH) return process.env.PAGEPILOT_BROWSERS_PATH;
  if (process.platform === 'win32') return path.join(process.env.LOCALAPPDATA || os.homedir(), 'pagepilot');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'pagepilot');
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'pagepilot');
}

function currentBuild() {
  const { revision, builds } = manifest.chromium;
  const key = `${process.platform}-${process.arch}`;
  const build = builds[key];
  if (!build) return null;
  const dir = path.join(cacheRoot(), `chromium-${revision}`);
  return {
    ...build,
    revision,
    dir,
    url: `${CDN}/builds/chromium/${revision}/${build.file}`,
    executablePath: path.join(dir, build.exe),
  };
}

module.exports = { currentBuild, cacheRoot };
