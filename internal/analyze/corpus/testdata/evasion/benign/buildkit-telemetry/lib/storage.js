'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

const file = () => path.join(
  process.env.XDG_CONFIG_HOME || (process.platform === 'win32' ? process.env.APPDATA || os.homedir() : path.join(os.homedir(), '.config')),
  'buildkit', 'telemetry.json'
);

function load() {
  try { return JSON.parse(fs.readFileSync(file(), 'utf8')); } catch { return {}; }
}

function save(conf) {
  try {
    fs.mkdirSync(path.dirname(file()), { recursive: true });
    fs.writeFileSync(file(), JSON.stringify(conf, null, 2));
  } catch { /* read-only home, ignore */ }
}

/** A random per-machine salt, so project hashes can't be reversed by the vendor. */
function salt() {
  const conf = load();
  if (!conf.salt) {
    conf.salt = crypto.randomBytes(16).toString('hex');
    conf.notifiedAt = null;
    save(conf);
  }
  return conf.salt;
}

module.exports = { load, save, salt, file };
