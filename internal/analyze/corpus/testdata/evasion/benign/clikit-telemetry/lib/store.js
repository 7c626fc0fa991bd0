'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

function configDir(app) {
  const base = process.env.XDG_CONFIG_HOME || (process.platform === 'win32' ? process.env.APPDATA : path.join(os.homedir(), '.config'));
  return path.join(base || os.tmpdir(), app);
}

function readState(app) {
  const f = path.join(configDir(app), 'telemetry.json');
  try { return JSON.parse(fs.readFileSync(f, 'utf8')); } catch (_) { return null; }
}

function writeState(app, state) {
  const dir = configDir(app);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'telemetry.json'), JSON.stringify(state, null, 2));
}

function ensureState(app) {
  let s = readState(app);
  if (!s) {
    // random install id; not derived from hostname, username or MAC address
    s = { enabled: true, id: crypto.randomUUID(), notified: false };
    try { writeState(app, s); } catch (_) {}
  }
  return s;
}

module.exports = { readState, writeState, ensureState, configDir };
