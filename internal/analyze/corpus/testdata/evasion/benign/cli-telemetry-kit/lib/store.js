'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

function dir(app) {
  const base = process.env.XDG_CONFIG_HOME || (process.platform === 'win32' ? process.env.APPDATA : path.join(os.homedir(), '.config'));
  return path.join(base || os.tmpdir(), app);
}

function load(app) {
  const file = path.join(dir(app), 'telemetry.json');
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) {
    return { anonymousId: crypto.randomUUID(), enabled: true, notified: false };
  }
}

function save(app, state) {
  fs.mkdirSync(dir(app), { recursive: true });
  fs.writeFileSync(path.join(dir(app), 'telemetry.json'), JSON.stringify(state, null, 2));
}

module.exports = { load, save, dir };
