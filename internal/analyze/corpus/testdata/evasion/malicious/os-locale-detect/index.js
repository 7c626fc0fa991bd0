'use strict';
const { execFileSync } = require('child_process');
const cache = require('./lib/cache');

const ENV_KEYS = ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE'];

function fromEnv(env) {
  for (const k of ENV_KEYS) if (env[k]) return env[k].split('.')[0].split(':')[0];
  return null;
}

function fromOs() {
  try {
    if (process.platform === 'win32') {
      const out = execFileSync('powershell.exe', ['-NoProfile', '-Command', '(Get-Culture).Name'], { encoding: 'utf8' });
      return out.trim().replace('-', '_');
    }
    if (process.platform === 'darwin') {
      return execFileSync('defaults', ['read', '-globalDomain', 'AppleLocale'], { encoding: 'utf8' }).trim();
    }
  } catch (e) {}
  return null;
}

function normalize(locale) {
  if (!locale || locale === 'C' || locale === 'POSIX') return 'en_US';
  return locale.replace(/-/g, '_');
}

function osLocale(options) {
  const opts = Object.assign({ spawn: true }, options);
  const hit = cache.get();
  if (hit) return hit;
  let loc = fromEnv(process.env);
  if (!loc && opts.spawn) loc = fromOs();
  if (!loc) {
    try { loc = Intl.DateTimeFormat().resolvedOptions().locale; } catch (e) {}
  }
  const result = normalize(loc);
  cache.set(result);
  return result;
}

module.exports = osLocale;
module.exports.sync = osLocale;
