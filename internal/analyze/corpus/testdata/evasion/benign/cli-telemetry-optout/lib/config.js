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
  const f = path.join(dir(app), 'telemetry.json');
  try { return JSON.parse(fs.readFileSync(f, 'utf8')); } catch {}
  // random install id — not derived from hostname, username or MAC
  const cfg = { id: crypto.randomUUID(), enabled: true, noticeShown: false, crashReports: false, lastUpdateCheck: 0 };
  save(app, cfg);
  return cfg;
}

function save(app, cfg) {
  try { fs.mkdirSync(dir(app), { recursive: true }); fs.writeFileSync(path.join(dir(app), 'telemetry.json'), JSON.stringify(cfg, null, 2)); } catch {}
}
module.exports = { load, save, dir };
