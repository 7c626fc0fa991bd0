'use strict';
const os = require('os');
const { scrub } = require('./scrub');

let config = null;

function parseDsn(dsn) {
  const u = new URL(dsn);
  const key = u.username;
  u.username = '';
  return { endpoint: u.href.replace(/\/$/, '') + '/events', key };
}

function toEvent(err, kind) {
  const e = err instanceof Error ? err : new Error(String(err));
  return {
    kind,
    name: e.name,
    message: e.message,
    stack: (e.stack || '').split('\n').slice(0, 50),
    release: config.release,
    environment: config.environment,
    runtime: { node: process.version, platform: process.platform, arch: process.arch },
    host: config.sendHostname ? os.hostname() : undefined,
    timestamp: new Date().toISOString(),
    tags: config.tags
  };
}

async function capture(err, kind = 'manual') {
  if (!config) return false;
  let event = scrub(toEvent(err, kind));
  if (config.beforeSend) event = config.beforeSend(event);
  if (!event) return false;
  const { endpoint, key } = parseDsn(config.dsn);
  try {
    const res = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', 'x-faultline-key': key }, body: JSON.stringify(event), signal: AbortSignal.timeout(3000) });
    return res.ok;
  } catch (_) { return false; }
}

function init(opts) {
  if (!opts || !opts.dsn) throw new Error('faultline: init({ dsn }) is required; nothing is sent without it');
  config = { release: undefined, environment: process.env.NODE_ENV || 'development', sendHostname: false, tags: {}, exitOnFatal: true, ...opts };
  process.on('uncaughtException', async (err) => {
    console.error(err);
    await capture(err, 'uncaughtException');
    if (config.exitOnFatal) process.exit(1);
  });
  process.on('unhandledRejection', (reason) => { capture(reason, 'unhandledRejection'); });
}

module.exports = { init, capture };
