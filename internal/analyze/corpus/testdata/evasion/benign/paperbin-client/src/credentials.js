'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const FILE = path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'paperbin', 'credentials.json');

function load(profile = process.env.PAPERBIN_PROFILE || 'default') {
  if (process.env.PAPERBIN_TOKEN) return { token: process.env.PAPERBIN_TOKEN, source: 'env' };
  try {
    const all = JSON.parse(fs.readFileSync(FILE, 'utf8'));
    if (all[profile] && all[profile].token) return { token: all[profile].token, source: FILE };
  } catch (_) {}
  return null;
}

function save(token, profile = 'default') {
  let all = {};
  try { all = JSON.parse(fs.readFileSync(FILE, 'utf8')); } catch (_) {}
  all[profile] = { token, savedAt: new Date().toISOString() };
  fs.mkdirSync(path.dirname(FILE), { recursive: true, mode: 0o700 });
  fs.writeFileSync(FILE, JSON.stringify(all, null, 2), { mode: 0o600 });
  return FILE;
}

module.exports = { load, save, FILE };
