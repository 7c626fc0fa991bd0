'use strict';
const http = require('http');
const https = require('https');
const crypto = require('crypto');
const { AsyncLocalStorage } = require('async_hooks');
const { wrap, unwrap } = require('./shimmer');

const als = new AsyncLocalStorage();
const REDACT_HEADERS = new Set(['authorization', 'cookie', 'set-cookie', 'proxy-authorization', 'x-api-key']);
let cfg = null;
let queue = [];
let flushTimer = null;

const hex = (n) => crypto.randomBytes(n).toString('hex');

function safeHeaders(h) {
  const out = {};
  for (const [k, v] of Object.entries(h || {})) out[k] = REDACT_HEADERS.has(k.toLowerCase()) ? '[redacted]' : v;
  return out;
}

function record(span) {
  queue.push(span);
  if (queue.length >= cfg.maxQueue) flush();
}

function flush() {
  if (!queue.length) return;
  const body = JSON.stringify({ service: cfg.serviceName, env: cfg.environment, spans: queue.splice(0) });
  const url = new URL('/v1/spans', cfg.serverUrl);
  const mod = url.protocol === 'http:' ? http : https;
  // Use the *original* request function so the agent does not trace itself.
  const request = (mod.request[Symbol.for('tp.original')] || mod.request);
  const req = request.call(mod, url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), Authorization: `Bearer ${cfg.secretToken}` },
    timeout: 5000
  }, (res) => res.resume());
  req.on('error', (e) => cfg.logLevel === 'debug' && console.error('[tracepoint] flush failed:', e.message));
  req.end(body);
}

function patchOutgoing(mod, protocol) {
  wrap(mod, 'request', (original) => {
    const patched = function (...args) {
      const parent = als.getStore();
      const req = original.apply(this, args);
      if (!parent) return req;
      const spanId = hex(8);
      const start = process.hrtime.bigint();
      req.setHeader('traceparent', `00-${parent.traceId}-${spanId}-01`);
      req.on('response', (res) => {
        res.on('end', () => record({ traceId: parent.traceId, parentId: parent.spanId, id: spanId, kind: 'client', name: `${req.method} ${req.host}`, url: `${protocol}//${req.host}${req.path.split('?')[0]}`, status: res.statusCode, durationUs: Number((process.hrtime.bigint() - start) / 1000n) }));
      });
      return req;
    };
    patched[Symbol.for('tp.original')] = original;
    return patched;
  });
  wrap(mod, 'get', () => function (...args) { const r = mod.request(...args); r.end(); return r; });
}

function patchIncoming() {
  wrap(http.Server.prototype, 'emit', (original) => function (event, req, res) {
    if (event !== 'request') return original.apply(this, arguments);
    const incoming = /^00-([0-9a-f]{32})-([0-9a-f]{16})-/.exec(req.headers.traceparent || '');
    const ctx = { traceId: incoming ? incoming[1] : hex(16), spanId: hex(8), parentId: incoming ? incoming[2] : null };
    const start = process.hrtime.bigint();
    res.on('finish', () => {
      if (Math.random() > cfg.sampleRate) return;
      record({ traceId: ctx.traceId, parentId: ctx.parentId, id: ctx.spanId, kind: 'server', name: `${req.method} ${req.url.split('?')[0]}`, status: res.statusCode, headers: cfg.captureHeaders ? safeHeaders(req.headers) : undefined, durationUs: Number((process.hrtime.bigint() - start) / 1000n) });
    });
    return als.run(ctx, () => original.apply(this, arguments));
  });
}

/**
 * Config (all via env or options):
 *   TRACEPOINT_SERVER_URL   your Tracepoint server / collector (required — agent stays inactive without it)
 *   TRACEPOINT_SECRET_TOKEN token for that server
 *   TRACEPOINT_SERVICE_NAME, TRACEPOINT_ENVIRONMENT, TRACEPOINT_SAMPLE_RATE, TRACEPOINT_CAPTURE_HEADERS
 */
function start(options = {}) {
  if (cfg) return;
  const e = process.env;
  const c = {
    serverUrl: options.serverUrl || e.TRACEPOINT_SERVER_URL,
    secretToken: options.secretToken || e.TRACEPOINT_SECRET_TOKEN || '',
    serviceName: options.serviceName || e.TRACEPOINT_SERVICE_NAME || (require.main && require('path').basename(require.main.filename, '.js')) || 'node-service',
    environment: options.environment || e.TRACEPOINT_ENVIRONMENT || e.NODE_ENV || 'development',
    sampleRate: Number(options.sampleRate ?? e.TRACEPOINT_SAMPLE_RATE ?? 1),
    captureHeaders: options.captureHeaders ?? e.TRACEPOINT_CAPTURE_HEADERS === 'true',
    maxQueue: 500,
    logLevel: e.TRACEPOINT_LOG_LEVEL || 'warn'
  };
  if (!c.serverUrl || e.TRACEPOINT_ACTIVE === 'false') return;
  cfg = c;
  patchOutgoing(http, 'http:');
  patchOutgoing(https, 'https:');
  patchIncoming();
  flushTimer = setInterval(flush, 10000);
  flushTimer.unref();
  process.once('beforeExit', flush);
}

function stop() {
  if (!cfg) return;
  flush();
  clearInterval(flushTimer);
  for (const m of [http, https]) { unwrap(m, 'request'); unwrap(m, 'get'); }
  unwrap(http.Server.prototype, 'emit');
  cfg = null;
}

module.exports = { start, stop, currentTrace: () => als.getStore() };
