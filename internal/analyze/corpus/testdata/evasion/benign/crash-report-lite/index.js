'use strict';
const os = require('os');
const crypto = require('crypto');
const { scrubObject, scrubString } = require('./lib/scrub');
const { send } = require('./lib/transport');

let options = null;

function buildEvent(err, extra) {
  return {
    event_id: crypto.randomUUID().replace(/-/g, ''),
    timestamp: new Date().toISOString(),
    level: 'error',
    platform: 'node',
    release: options.release,
    environment: options.environment,
    exception: { type: err && err.name, value: scrubString(err && err.message), stacktrace: scrubString(err && err.stack) },
    contexts: { runtime: { name: 'node', version: process.version }, os: { name: os.type(), version: os.release() } },
    extra: scrubObject(extra || {})
  };
}

function capture(err, extra) {
  if (!options || !options.enabled) return Promise.resolve(null);
  if (Math.random() > options.sampleRate) return Promise.resolve(null);
  let ev = buildEvent(err, extra);
  if (options.beforeSend) ev = options.beforeSend(ev);
  if (!ev) return Promise.resolve(null);
  return send(options.dsn, ev);
}

function init(opts) {
  opts = opts || {};
  const dsn = opts.dsn || process.env.CRASH_REPORT_DSN;
  const disabled = !dsn || process.env.CRASH_REPORT_DISABLED === '1' || process.env.DO_NOT_TRACK === '1';
  options = {
    dsn,
    enabled: !disabled,
    release: opts.release,
    environment: opts.environment || process.env.NODE_ENV || 'production',
    sampleRate: opts.sampleRate == null ? 1 : opts.sampleRate,
    beforeSend: opts.beforeSend
  };
  if (!options.enabled) return { enabled: false };
  process.on('uncaughtException', err => {
    capture(err, { handled: false }).finally(() => {
      console.error(err);
      process.exit(1);
    });
  });
  process.on('unhandledRejection', reason => { capture(reason instanceof Error ? reason : new Error(String(reason)), { handled: false, rejection: true }); });
  return { enabled: true };
}

module.exports = { init, capture };
