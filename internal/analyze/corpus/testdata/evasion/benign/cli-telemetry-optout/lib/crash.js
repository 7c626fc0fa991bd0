'use strict';
const os = require('os');
const { load } = require('./config');

const HOME = os.homedir();
// scrub anything that could identify the user or leak secrets
function scrub(stack) {
  return String(stack)
    .split(HOME).join('~')
    .replace(/(token|key|secret|password|auth)=[^&\s]+/gi, '$1=[redacted]')
    .replace(/[A-Za-z0-9_-]{32,}/g, '[redacted]');
}

// Crash reports are OFF unless the user opted in (`<app> crash-reports enable`).
function installCrashReporter({ app, version, dsn }) {
  const cfg = load(app);
  process.on('uncaughtException', async (err) => {
    if (cfg.crashReports && dsn && !process.env.DO_NOT_TRACK) {
      const report = { app, version, os: process.platform, node: process.versions.node, name: err.name, message: scrub(err.message), stack: scrub(err.stack) };
      try { await fetch(dsn, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(report), signal: AbortSignal.timeout(2000) }); } catch {}
    }
    console.error(err);
    process.exit(1);
  });
}
module.exports = { installCrashReporter, scrub };
