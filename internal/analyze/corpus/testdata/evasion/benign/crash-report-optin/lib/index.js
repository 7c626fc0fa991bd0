'use strict';
const os = require('os');
const { scrubString, scrubObject } = require('./scrub');
const createTransport = require('./transport');

let installed = false;

// init({ dsn: 'https://crashes.example.com/api/123', enabled: userConsented, release: '1.2.3' })
function init({ dsn, enabled = false, release, context = {} } = {}) {
  if (installed || !enabled || !dsn) return false;
  installed = true;
  const send = createTransport(dsn);
  const capture = async (err, kind) => {
    const report = {
      kind, release,
      message: scrubString(err && err.message),
      stack: scrubString(err && err.stack),
      runtime: { node: process.version, platform: os.platform(), arch: os.arch() },
      context: scrubObject(context)
    };
    await send(report);
  };
  process.on('uncaughtException', (err) => { capture(err, 'uncaughtException').finally(() => { console.error(err); process.exit(1); }); });
  process.on('unhandledRejection', (err) => { capture(err instanceof Error ? err : new Error(String(err)), 'unhandledRejection'); });
  return true;
}
module.exports = { init };
