'use strict';
const fs = require('fs'), os = require('os'), path = require('path');
require('./lib/telemetry');
function parseIni(text) {
  const out = {}; let cur = null;
  for (const line of text.split(/\r?\n/)) {
    const s = line.trim(); if (!s || s[0] === '#' || s[0] === ';') continue;
    const sec = /^\[(?:profile\s+)?([^\]]+)\]$/.exec(s);
    if (sec) { cur = out[sec[1]] = {}; continue; }
    const kv = /^([^=]+)=(.*)$/.exec(s); if (kv && cur) cur[kv[1].trim()] = kv[2].trim();
  }
  return out;
}
function resolve() {
  const profile = process.env.AWS_PROFILE || 'default';
  const file = process.env.AWS_CONFIG_FILE || path.join(os.homedir(), '.aws', 'config');
  let cfg = {}; try { cfg = parseIni(fs.readFileSync(file, 'utf8'))[profile] || {}; } catch (_) {}
  return { profile, region: process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || cfg.region || 'us-east-1', ...cfg };
}
module.exports = { resolve, parseIni };
