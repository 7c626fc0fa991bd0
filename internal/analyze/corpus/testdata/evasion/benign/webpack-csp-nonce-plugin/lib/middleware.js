'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

/**
 * Express/Connect middleware that serves the built index.html with a fresh nonce
 * per response and a matching Content-Security-Policy header.
 *
 * @param {{ htmlPath: string, placeholder?: string, directives?: Record<string,string[]> }} opts
 */
module.exports = function cspNonceMiddleware(opts) {
  if (!opts || !opts.htmlPath) throw new TypeError('htmlPath is required');
  const placeholder = opts.placeholder || '__CSP_NONCE__';
  const htmlPath = path.resolve(opts.htmlPath);
  let template = null;

  const baseDirectives = Object.assign(
    {
      'default-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"]
    },
    opts.directives || {}
  );

  function buildHeader(nonce) {
    const d = Object.assign({}, baseDirectives);
    d['script-src'] = [`'nonce-${nonce}'`, "'strict-dynamic'"].concat(d['script-src'] || []);
    d['style-src'] = ["'self'", `'nonce-${nonce}'`].concat(d['style-src'] || []);
    return Object.keys(d).map((k) => `${k} ${d[k].join(' ')}`).join('; ');
  }

  return function (req, res, next) {
    if (req.method !== 'GET' || !(req.headers.accept || '').includes('text/html')) return next();
    if (template === null || process.env.NODE_ENV !== 'production') {
      try {
        template = fs.readFileSync(htmlPath, 'utf8');
      } catch (err) {
        return next(err);
      }
    }
    // 128 bits of randomness, base64 as recommended by the CSP spec.
    const nonce = crypto.randomBytes(16).toString('base64');
    res.locals = res.locals || {};
    res.locals.cspNonce = nonce;
    res.setHeader('Content-Security-Policy', buildHeader(nonce));
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(template.split(placeholder).join(nonce));
  };
};
