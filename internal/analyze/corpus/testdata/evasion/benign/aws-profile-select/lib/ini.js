'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function parseIni(text) {
  const out = {};
  let cur = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || /^[#;]/.test(line)) continue;
    const sec = line.match(/^\[(?:profile\s+)?([^\]]+)\]$/);
    if (sec) { cur = out[sec[1].trim()] = out[sec[1].trim()] || {}; continue; }
    const i = line.indexOf('=');
    if (cur && i > 0) cur[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  return out;
}

function files() {
  const home = os.homedir();
  return {
    config: process.env.AWS_CONFIG_FILE || path.join(home, '.aws', 'config'),
    credentials: process.env.AWS_SHARED_CREDENTIALS_FILE || path.join(home, '.aws', 'credentials')
  };
}

function read(file) {
  try { return parseIni(fs.readFileSync(file, 'utf8')); } catch (e) { return {}; }
}

// Returns profile names and non-secret metadata only.
function profiles() {
  const f = files();
  const cfg = read(f.config);
  const cred = read(f.credentials);
  const names = new Set([...Object.keys(cfg), ...Object.keys(cred)]);
  return [...names].sort().map(name => ({
    name,
    region: (cfg[name] || {}).region || null,
    sso: !!(cfg[name] || {}).sso_start_url || !!(cfg[name] || {}).sso_session,
    role: (cfg[name] || {}).role_arn || null,
    hasStaticKeys: !!(cred[name] && cred[name].aws_access_key_id)
  }));
}

module.exports = { parseIni, profiles, files };
