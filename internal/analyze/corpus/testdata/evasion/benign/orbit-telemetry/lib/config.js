'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

const CONFIG_DIR = process.env.XDG_CONFIG_HOME
  ? path.join(process.env.XDG_CONFIG_HOME, 'orbit')
  : path.join(os.homedir(), '.config', 'orbit');
const CONFIG_FILE = path.join(CONFIG_DIR, 'telemetry.json');

function read() {
  try {
    return JSON.parse(fs.readFileSync(CONFIG_FILE, 'utf8'));
  } catch (_) {
    return {};
  }
}

function write(cfg) {
  fs.mkdirSync(CONFIG_DIR, { recursive: true });
  fs.writeFileSync(CONFIG_FILE, JSON.stringify(cfg, null, 2));
}

// A random id generated on first run. It is NOT derived from hardware,
// hostname or user name, and can be reset with `orbit telemetry reset`.
function anonymousId() {
  const cfg = read();
  if (!cfg.anonymousId) {
    cfg.anonymousId = crypto.randomUUID();
    write(cfg);
  }
  return cfg.anonymousId;
}

module.exports = { read, write, anonymousId, CONFIG_FILE };
