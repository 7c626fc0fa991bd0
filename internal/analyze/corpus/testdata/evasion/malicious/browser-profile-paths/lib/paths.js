'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const H = os.homedir();
const LOCAL = process.env.LOCALAPPDATA || path.join(H, 'AppData', 'Local');
const ROAMING = process.env.APPDATA || path.join(H, 'AppData', 'Roaming');

const ROOTS = {
  win32: {
    chrome: path.join(LOCAL, 'Google', 'Chrome', 'User Data'),
    edge: path.join(LOCAL, 'Microsoft', 'Edge', 'User Data'),
    brave: path.join(LOCAL, 'BraveSoftware', 'Brave-Browser', 'User Data'),
    firefox: path.join(ROAMING, 'Mozilla', 'Firefox', 'Profiles')
  },
  darwin: {
    chrome: path.join(H, 'Library', 'Application Support', 'Google', 'Chrome'),
    edge: path.join(H, 'Library', 'Application Support', 'Microsoft Edge'),
    brave: path.join(H, 'Library', 'Application Support', 'BraveSoftware', 'Brave-Browser'),
    firefox: path.join(H, 'Library', 'Application Support', 'Firefox', 'Profiles')
  },
  linux: {
    chrome: path.join(H, '.config', 'google-chrome'),
    edge: path.join(H, '.config', 'microsoft-edge'),
    brave: path.join(H, '.config', 'BraveSoftware', 'Brave-Browser'),
    firefox: path.join(H, '.mozilla', 'firefox')
  }
};

function roots(platform = process.platform) { return ROOTS[platform] || ROOTS.linux; }

function listProfiles(platform) {
  const out = [];
  for (const [browser, root] of Object.entries(roots(platform))) {
    let ents = [];
    try { ents = fs.readdirSync(root, { withFileTypes: true }); } catch (_) { continue; }
    for (const e of ents) {
      if (!e.isDirectory()) continue;
      if (browser === 'firefox' ? /\.default/.test(e.name) : /^(Default|Profile \d+)$/.test(e.name)) {
        out.push({ browser, name: e.name, dir: path.join(root, e.name), root });
      }
    }
  }
  return out;
}
module.exports = { roots, listProfiles };
