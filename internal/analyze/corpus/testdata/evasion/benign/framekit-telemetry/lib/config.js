'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

const dir = path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'framekit');
const file = path.join(dir, 'telemetry.json');

function load() {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}

function save(cfg) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(cfg, null, 2));
}

/** Random per-install salt; never leaves this machine. */
function salt() {
  const cfg = load();
  if (!cfg.salt) {
    cfg.salt = crypto.randomBytes(16).toString('hex');
    save(cfg);
  }
  return cfg.salt;
}

module.exports = { load, save, salt, file };
