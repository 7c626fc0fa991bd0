'use strict';
const os = require('os');
const crypto = require('crypto');
const { scrub, DEFAULT_DENY } = require('./scrub');
const { parseDsn, send } = require('./transport');

let client = null;

/**
 * Initialise once at app start:
 *   crashlens.init({ dsn: process.env.CRASHLENS_DSN, release: '1.4.0' })
 * Nothing is sent unless a DSN is configured. Environment variables are NOT
 * collected unless `includeEnv` is explicitly true, and are scrubbed even then.
 */
function init(options = {}) {
  const dsnString = options.dsn || process.env.CRASHLENS_DSN;
  if (!dsnString || process.env.CRASHLENS_DISABLED === '1') return null;
  client = {
    dsn: parseDsn(dsnString),
    release: options.release,
    environment: options.environment || process.env.NODE_ENV || 'production',
    sampleRate: options.sampleRate ?? 1,
    includeEnv: options.includeEnv === true,
    sendHostname: options.sendHostname !== false,
    deny: options.denyKeys || DEFAULT_DENY,
    beforeSend: options.beforeSend,
  };
  if (options.captureUncaught !== false) {
    process.on('uncaughtExceptionMonitor', (err) => {
      captureException(err, { level: 'fatal' });
    });
    process.on('unhandledRejection', (reason) => {
      captureException(reason instanceof Error ? reason : new Error(String(reason)), { level: 'error' });
    });
  }
  return client;
}

function parseStack(stack = '') {
  return stack
    .split('\n')
    .slice(1)
    .map((l) => l.trim().match(/^at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?$/))
    .filter(Boolean)
    .map(([, fn, file, line, col]) => ({
      function: fn || '<anonymous>',
      filename: file,
      lineno: Number(line),
      colno: Number(col),
      in_app: !file.includes('node_modules') && !file.startsWith('node:'),
    }));
}

async function captureException(err, { level = 'error', extra, user } = {}) {
  if (!client || Math.random() > client.sampleRate) return null;
  let event = {
    event_id: crypto.randomUUID().replace(/-/g, ''),
    timestamp: new Date().toISOString(),
    level,
    platform: 'node',
    release: client.release,
    environment: client.environment,
    server_name: client.sendHostname ? os.hostname() : undefined,
    exception: { type: err.name, value: err.message, frames: parseStack(err.stack) },
    contexts: {
      runtime: { name: 'node', version: process.version },
      os: { name: os.type(), version: os.release() },
    },
    user: user ? { id: user.id } : undefined, // only an opaque id, never emails/IPs
    extra,
    env: client.includeEnv ? { ...process.env } : undefined,
  };
  event = scrub(event, client.deny);
  if (client.beforeSend) {
    event = client.beforeSend(event);
    if (!event) return null;
  }
  await send(client.dsn, event);
  return event.event_id;
}

module.exports = { init, captureException, parseStack };
