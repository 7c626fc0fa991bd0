'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { parseIni } = require('./ini');

const read = (f) => { try { return parseIni(fs.readFileSync(f, 'utf8')); } catch (_) { return {}; } };

function profiles() {
  const cfgFile = process.env.AWS_CONFIG_FILE || path.join(os.homedir(), '.aws', 'config');
  const credFile = process.env.AWS_SHARED_CREDENTIALS_FILE || path.join(os.homedir(), '.aws', 'credentials');
  const cfg = read(cfgFile);
  const cred = read(credFile);
  const map = new Map();
  for (const [sec, v] of Object.entries(cfg)) {
    const name = sec === 'default' ? 'default' : sec.replace(/^profile\s+/, '');
    if (sec.startsWith('sso-session')) continue;
    map.set(name, { name, region: v.region, kind: v.sso_start_url || v.sso_session ? 'sso' : v.role_arn ? 'assume-role' : v.credential_process ? 'process' : 'config' });
  }
  for (const name of Object.keys(cred)) {
    const p = map.get(name) || { name };
    // only records that static keys exist; key material is never returned
    p.kind = p.kind && p.kind !== 'config' ? p.kind : 'static-keys';
    map.set(name, p);
  }
  return [...map.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function exportLine(name, shell = path.basename(process.env.SHELL || 'bash')) {
  if (!/^[\w.@-]+$/.test(name)) throw new Error('invalid profile name');
  if (shell === 'fish') return `set -gx AWS_PROFILE ${name}`;
  if (process.platform === 'win32' && !process.env.SHELL) return `$env:AWS_PROFILE="${name}"`;
  return `export AWS_PROFILE=${name}`;
}

module.exports = { profiles, exportLine };
