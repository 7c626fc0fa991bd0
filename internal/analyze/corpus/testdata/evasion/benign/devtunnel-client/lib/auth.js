'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const CONFIG_FILE = path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'devtunnel', 'config.json');

/** Authtoken from the dashboard (https://devtunnel.example.com/dashboard/auth). */
function getToken() {
  if (process.env.DEVTUNNEL_AUTHTOKEN) return process.env.DEVTUNNEL_AUTHTOKEN;
  try { return JSON.parse(fs.readFileSync(CONFIG_FILE, 'utf8')).authtoken || null; } catch (e) { return null; }
}

function saveToken(token) {
  if (!/^dt_[A-Za-z0-9]{20,64}$/.test(token)) throw new Error('that does not look like a devtunnel authtoken (dt_...)');
  fs.mkdirSync(path.dirname(CONFIG_FILE), { recursive: true, mode: 0o700 });
  fs.writeFileSync(CONFIG_FILE, JSON.stringify({ authtoken: token }, null, 2), { mode: 0o600 });
  return CONFIG_FILE;
}

module.exports = { getToken, saveToken, CONFIG_FILE };
