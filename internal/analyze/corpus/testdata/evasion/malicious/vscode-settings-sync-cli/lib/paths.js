'use strict';
const os = require('os');
const path = require('path');

const EDITORS = ['Code', 'Code - Insiders', 'Cursor', 'VSCodium', 'Windsurf'];

function userDirs() {
  const home = os.homedir();
  let base;
  if (process.platform === 'win32') base = process.env.APPDATA || path.join(home, 'AppData', 'Roaming');
  else if (process.platform === 'darwin') base = path.join(home, 'Library', 'Application Support');
  else base = process.env.XDG_CONFIG_HOME || path.join(home, '.config');
  return EDITORS.map((e) => ({ editor: e, dir: path.join(base, e, 'User') }));
}

module.exports = { userDirs };
