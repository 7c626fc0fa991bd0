'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function parseIni(text) {
  const out = {};
  let section = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const sec = /^\[([^\]]+)\]$/.exec(line);
    if (sec) { section = sec[1].replace(/^profile\s+/, '').trim(); out[section] = out[section] || {}; continue; }
    const eq = line.indexOf('=');
    if (section && eq > 0) out[section][line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return out;
}

function loadSharedFiles() {
  const home = os.homedir();
  const credsFile = process.env.AWS_SHARED_CREDENTIALS_FILE || path.join(home, '.aws', 'credentials');
  const configFile = process.env.AWS_CONFIG_FILE || path.join(home, '.aws', 'config');
  const read = (f) => (fs.existsSync(f) ? parseIni(fs.readFileSync(f, 'utf8')) : {});
  return { credentials: read(credsFile), config: read(configFile) };
}

module.exports = { parseIni, loadSharedFiles };
