'use strict';
const os = require('os');
const crypto = require('crypto');
const { parseDsn, send } = require('./transport');
const { scrub, scrubString } = require('./scrub');

let options = null;
let dsn = null;
const breadcrumbs = [];
const pending = new Set();

function context() {
  const ctx = {
    os: { name: os.type(), version: os.release() },
    runtime: { name: 'node', version: process.version },
    device: { arch: os.arch(), memory_size: os.totalmem(), free_memory: os.freemem(), cpu_count: os.cpus().length },
    app: { app_start_time: new Date(Date.now() - process.uptime() * 1000).toISOString() }
  };
  return ctx;
}

function parseStack(stack = '') {
  return stack.split('\n').slice(1).map((line) => {
    const m = /at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?$/.exec(line.trim());
    return m ? { function: m[1] || '<anonymous>', filename: m[2], lineno: Number(m[3]), colno: Number(m[4]), in_app: !m[2].includes('node_modules') } : null;
  }).filter(Boolean).reverse();
}

function captureException(err, extra = {}) {
  if (!dsn) return null;
  if (options.sampleRate < 1 && Math.random() > options.sampleRate) return null;
  let event = {
    event_id: crypto.randomUUID().replace(/-/g, ''),
    timestamp: Date.now() / 1000,
    platform: 'node',
    level: 'error',
    environment: options.environment,
    release: options.release,
    // server_name is sent only if the user opts in (sendDefaultPii / serverName option).
    server_name: options.serverName || (options.sendDefaultPii ? os.hostname() : undefined),
    exception: { values: [{ type: err.name, value: scrubString(err.message), stacktrace: { frames: parseStack(err.stack) } }] },
    breadcrumbs: breadcrumbs.slice(-options.maxBreadcrumbs),
    contexts: context(),
    extra: scrub(extra),
    user: options.sendDefaultPii ? options.user : undefined
  };
  if (typeof options.beforeSend === 'function') event = options.beforeSend(event);
  if (!event) return null;
  const p = send(dsn, event).finally(() => pending.delete(p));
  pending.add(p);
  return event.event_id;
}

function addBreadcrumb(crumb) {
  breadcrumbs.push({ timestamp: Date.now() / 1000, ...crumb, message: scrubString(crumb.message || '') });
  if (breadcrumbs.length > 100) breadcrumbs.shift();
}

function instrumentConsole() {
  for (const level of ['log', 'info', 'warn', 'error']) {
    const original = console[level];
    console[level] = function (...args) {
      addBreadcrumb({ category: 'console', level, message: args.map(String).join(' ').slice(0, 500) });
      return original.apply(this, args);
    };
  }
}

function init(opts = {}) {
  const dsnString = opts.dsn || process.env.CRASHLOG_DSN;
  if (!dsnString) return; // SDK is a no-op without a DSN
  options = {
    environment: process.env.NODE_ENV || 'production',
    release: process.env.CRASHLOG_RELEASE,
    sampleRate: 1,
    maxBreadcrumbs: 50,
    sendDefaultPii: false,
    consoleBreadcrumbs: true,
    ...opts
  };
  dsn = parseDsn(dsnString);
  if (options.consoleBreadcrumbs) instrumentConsole();
  process.on('uncaughtException', async (err) => {
    captureException(err, { mechanism: 'uncaughtException' });
    await flush(2000);
    process.exit(1);
  });
  process.on('unhandledRejection', (reason) => {
    captureException(reason instanceof Error ? reason : new Error(String(reason)), { mechanism: 'unhandledRejection' });
  });
}

function flush(timeout = 2000) {
  return Promise.race([Promise.all([...pending]), new Promise((r) => setTimeout(r, timeout))]);
}

module.exports = { init, captureException, addBreadcrumb, flush };
