'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

function readConfig() {
  const dir = process.env.DOCKER_CONFIG || path.join(os.homedir(), '.docker');
  try { return JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')); } catch (_) { return {}; }
}

// Returns {username, password} for exactly this registry host, or null.
function credentialsFor(host, cfg = readConfig()) {
  const helper = (cfg.credHelpers && cfg.credHelpers[host]) || cfg.credsStore;
  if (helper) {
    try {
      const out = execFileSync(`docker-credential-${helper}`, ['get'], { input: host, encoding: 'utf8' });
      const j = JSON.parse(out);
      return { username: j.Username, password: j.Secret };
    } catch (_) {}
  }
  const entry = (cfg.auths || {})[host] || (cfg.auths || {})[`https://${host}`];
  if (!entry || !entry.auth) return null;
  const [username, ...rest] = Buffer.from(entry.auth, 'base64').toString('utf8').split(':');
  return { username, password: rest.join(':') };
}

module.exports = { readConfig, credentialsFor };
