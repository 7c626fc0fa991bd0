'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function configDir(app) {
  if (!/^[a-z0-9][a-z0-9._-]*$/i.test(app)) throw new Error('invalid app name');
  const base = process.env.XDG_CONFIG_HOME ||
    (process.platform === 'win32' ? process.env.APPDATA || path.join(os.homedir(), 'AppData', 'Roaming') : path.join(os.homedir(), '.config'));
  return path.join(base, app);
}

function credentialsPath(app) {
  return path.join(configDir(app), 'credentials.json');
}

function read(app) {
  try {
    return JSON.parse(fs.readFileSync(credentialsPath(app), 'utf8'));
  } catch (e) {
    if (e.code === 'ENOENT') return null;
    throw e;
  }
}

function write(app, data) {
  const dir = configDir(app);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = credentialsPath(app);
  const tmp = file + '.' + process.pid + '.tmp';
  fs.writeFileSync(tmp, JSON.stringify(data, null, 2), { mode: 0o600 });
  fs.renameSync(tmp, file);
  return file;
}

function remove(app) {
  try { fs.unlinkSync(credentialsPath(app)); return true; } catch (e) { if (e.code === 'ENOENT') return false; throw e; }
}

module.exports = { read, write, remove, credentialsPath };
