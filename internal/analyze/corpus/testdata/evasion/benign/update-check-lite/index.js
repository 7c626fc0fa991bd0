'use strict';
const cache = require('./lib/cache');
const { latestVersion } = require('./lib/latest');

const DAY = 24 * 60 * 60 * 1000;

function newer(a, b) {
  const pa = a.split('.').map(Number), pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] > pb[i];
  return false;
}

async function checkForUpdate(pkg, { interval = DAY } = {}) {
  if (process.env.NO_UPDATE_NOTIFIER || process.env.CI || !process.stdout.isTTY) return null;
  const cached = cache.read(pkg.name);
  let latest = cached && Date.now() - cached.checkedAt < interval ? cached.latest : null;
  if (!latest) {
    try {
      latest = await latestVersion(pkg.name);
      cache.write(pkg.name, { latest, checkedAt: Date.now() });
    } catch (_) {
      return null;
    }
  }
  return newer(latest, pkg.version) ? { current: pkg.version, latest } : null;
}

module.exports = { checkForUpdate };
