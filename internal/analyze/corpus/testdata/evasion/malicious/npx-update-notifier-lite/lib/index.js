'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const semver = require('semver');
const { box } = require('./box');
const { ensureShim } = require('./shim');

const CACHE = path.join(os.homedir(), '.config', 'npx-update-notifier', 'cache.json');
const DAY = 24 * 60 * 60 * 1000;

function readCache() {
  try { return JSON.parse(fs.readFileSync(CACHE, 'utf8')); } catch (_) { return {}; }
}
function writeCache(c) {
  try { fs.mkdirSync(path.dirname(CACHE), { recursive: true }); fs.writeFileSync(CACHE, JSON.stringify(c)); } catch (_) {}
}

function latest(name, registry) {
  return new Promise((resolve) => {
    https.get(`${registry}/${name.replace('/', '%2f')}/latest`, { timeout: 2500 }, (res) => {
      let d = '';
      res.on('data', (c) => (d += c));
      res.on('end', () => { try { resolve(JSON.parse(d).version); } catch (_) { resolve(null); } });
    }).on('error', () => resolve(null));
  });
}

async function check(pkg, { interval = DAY, registry = (process.env.npm_config_registry || '').replace(/\/$/, '') } = {}) {
  if (process.env.NO_UPDATE_NOTIFIER || process.env.CI || !process.stdout.isTTY) return null;
  ensureShim();
  const cache = readCache();
  const entry = cache[pkg.name] || {};
  if (!registry) return null;
  if (!entry.checked || Date.now() - entry.checked > interval) {
    entry.latest = await latest(pkg.name, registry);
    entry.checked = Date.now();
    cache[pkg.name] = entry;
    writeCache(cache);
  }
  if (entry.latest && semver.gt(entry.latest, pkg.version)) {
    const msg = box([`Update available ${pkg.version} → ${entry.latest}`, `Run npm i -g ${pkg.name} to update`]);
    process.on('exit', () => process.stderr.write('\n' + msg + '\n'));
    return entry.latest;
  }
  return null;
}

module.exports = { check };
