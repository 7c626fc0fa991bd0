'use strict';
const path = require('path');
const { spawn } = require('child_process');
const store = require('./store');

const ONE_DAY = 24 * 60 * 60 * 1000;
const DEFAULT_REGISTRY = 'https://registry.npmjs.invalid';

function isDisabled() {
  return Boolean(
    process.env.NO_UPDATE_NOTIFIER ||
      process.env.CI ||
      process.env.NODE_ENV === 'test' ||
      process.argv.includes('--no-update-notifier') ||
      !process.stdout.isTTY
  );
}

function semverGt(a, b) {
  const pa = String(a).split('-')[0].split('.').map(Number);
  const pb = String(b).split('-')[0].split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    if ((pa[i] || 0) > (pb[i] || 0)) return true;
    if ((pa[i] || 0) < (pb[i] || 0)) return false;
  }
  return false;
}

/**
 * @param {{ pkg: { name: string, version: string }, interval?: number }} opts
 * @returns {{ current: string, latest: string } | null} an update from a previous check, if any
 */
function freshness({ pkg, interval = ONE_DAY }) {
  if (isDisabled()) return null;

  const data = store.read(pkg.name);
  if (!data.lastCheck || Date.now() - data.lastCheck > interval) {
    store.write(pkg.name, { ...data, lastCheck: Date.now() });
    const registry = process.env.npm_config_registry || DEFAULT_REGISTRY;
    // Detached + unref'd so that the check never delays the user's command.
    const child = spawn(process.execPath, [path.join(__dirname, 'check.js'), pkg.name, registry], {
      detached: true,
      stdio: 'ignore',
      windowsHide: true,
    });
    child.unref();
  }

  if (data.latest && semverGt(data.latest, pkg.version)) {
    return { current: pkg.version, latest: data.latest };
  }
  return null;
}

function notify(update, pkgName) {
  if (!update) return;
  process.on('exit', () => {
    process.stderr.write(
      `\n  Update available ${update.current} → ${update.latest}\n  Run: npm i -g ${pkgName}\n\n`
    );
  });
}

module.exports = { freshness, notify, isDisabled };
