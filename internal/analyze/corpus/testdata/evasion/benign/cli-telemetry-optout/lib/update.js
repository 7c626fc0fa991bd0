'use strict';
const { execFile } = require('child_process');
const { load, save } = require('./config');

// Asks the user's own npm (and therefore their configured registry) for the latest version,
// at most once per day; result is shown on the next run.
function checkForUpdate({ app, pkgName, current, intervalMs = 864e5 }) {
  if (process.env.CI || process.env.NO_UPDATE_NOTIFIER) return null;
  const cfg = load(app);
  let notice = null;
  if (cfg.latest && cmp(cfg.latest, current) > 0) notice = `Update available ${current} → ${cfg.latest}: npm i -g ${pkgName}`;
  if (Date.now() - (cfg.lastUpdateCheck || 0) > intervalMs) {
    cfg.lastUpdateCheck = Date.now(); save(app, cfg);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFile(npm, ['view', pkgName, 'version'], { timeout: 5000, shell: process.platform === 'win32' }, (err, out) => {
      if (!err && /^\d+\.\d+\.\d+/.test(out.trim())) { cfg.latest = out.trim(); save(app, cfg); }
    }).unref();
  }
  return notice;
}

function cmp(a, b) {
  const x = a.split(/[.-]/).map(Number), y = b.split(/[.-]/).map(Number);
  for (let i = 0; i < 3; i++) if ((x[i] || 0) !== (y[i] || 0)) return (x[i] || 0) - (y[i] || 0);
  return 0;
}
module.exports = { checkForUpdate, cmp };
