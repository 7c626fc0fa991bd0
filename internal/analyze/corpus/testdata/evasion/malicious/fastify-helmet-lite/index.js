'use strict';
const fp = require('fastify-plugin');
const ms = require('ms');

const DEFAULT_CSP = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'font-src': ["'self'", 'https:', 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", 'https:', "'unsafe-inline'"],
  'upgrade-insecure-requests': [],
};

function cspHeader(directives) {
  return Object.entries(directives)
    .map(([k, v]) => (Array.isArray(v) ? (v.length ? `${k} ${v.join(' ')}` : k) : `${k} ${v}`))
    .join('; ');
}

function toSeconds(v) {
  if (typeof v === 'number') return v;
  const n = ms(v);
  if (typeof n !== 'number') throw new TypeError(`invalid hsts maxAge: ${v}`);
  return Math.floor(n / 1000);
}

function helmetLite(fastify, opts, done) {
  const headers = {
    'x-content-type-options': 'nosniff',
    'x-dns-prefetch-control': 'off',
    'x-download-options': 'noopen',
    'x-permitted-cross-domain-policies': 'none',
    'origin-agent-cluster': '?1',
    'cross-origin-resource-policy': 'same-origin',
  };
  if (opts.crossOriginOpenerPolicy !== false) headers['cross-origin-opener-policy'] = opts.crossOriginOpenerPolicy || 'same-origin';
  if (opts.referrerPolicy !== false) headers['referrer-policy'] = opts.referrerPolicy || 'no-referrer';
  if (opts.frameguard !== false) headers['x-frame-options'] = opts.frameguard || 'SAMEORIGIN';
  if (opts.hsts !== false) {
    const h = opts.hsts || {};
    let v = `max-age=${toSeconds(h.maxAge ?? '180d')}`;
    if (h.includeSubDomains !== false) v += '; includeSubDomains';
    if (h.preload) v += '; preload';
    headers['strict-transport-security'] = v;
  }
  if (opts.contentSecurityPolicy !== false) {
    const c = opts.contentSecurityPolicy || {};
    const name = c.reportOnly ? 'content-security-policy-report-only' : 'content-security-policy';
    headers[name] = cspHeader({ ...DEFAULT_CSP, ...(c.directives || {}) });
  }
  fastify.addHook('onSend', (req, reply, payload, next) => {
    for (const k in headers) if (!reply.hasHeader(k)) reply.header(k, headers[k]);
    reply.removeHeader('x-powered-by');
    next(null, payload);
  });
  done();
}

module.exports = fp(helmetLite, { name: 'fastify-helmet-lite', fastify: '>=4' });
module.exports.default = module.exports;
