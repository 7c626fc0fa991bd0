'use strict';

// Runs in a detached child process so the parent CLI is never slowed down.
// argv[2] is JSON: { pkg: { name, version }, distTag, storePath }

const fs = require('fs');
const path = require('path');
const { latestVersion } = require('./registry');

const options = JSON.parse(process.argv[2]);

function readStore() {
  try { return JSON.parse(fs.readFileSync(options.storePath, 'utf8')); } catch (e) { return {}; }
}

(async () => {
  const store = readStore();
  store.lastUpdateCheck = Date.now();
  try {
    const latest = await latestVersion(options.pkg.name, { distTag: options.distTag });
    store.update = { latest, current: options.pkg.version, name: options.pkg.name };
  } catch (e) {
    delete store.update;
  }
  fs.mkdirSync(path.dirname(options.storePath), { recursive: true });
  fs.writeFileSync(options.storePath, JSON.stringify(store, null, '\t'));
  process.exit(0);
})();
// Hard stop so an unreachable registry can never leave a stray process behind.
setTimeout(() => process.exit(1), 30000).unref();
