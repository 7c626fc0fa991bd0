'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const DIR = path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'usage-telemetry');
const FILE = path.join(DIR, 'config.json');

function read() {
  try { return JSON.parse(fs.readFileSync(FILE, 'utf8')); } catch (_) { return {}; }
}

function write(cfg) {
  fs.mkdirSync(DIR, { recursive: true });
  fs.writeFileSync(FILE, JSON.stringify(cfg, null, 2));
}

function isDisabled(toolName) {
  const env = process.env;
  if (env.DO_NOT_TRACK === '1' || env.DO_NOT_TRACK === 'true') return true;
  if (env[`${toolName.toUpperCase().replace(/\W/g, '_')}_TELEMETRY_DISABLED`]) return true;
  if (env.CI) return true;
  return read().enabled === false;
}

function setEnabled(enabled) {
  write({ ...read(), enabled });
}

module.exports = { read, write, isDisabled, setEnabled, FILE };
