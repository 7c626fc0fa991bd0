'use strict';
const fs = require('fs');
const tls = require('tls');
const https = require('https');
const crypto = require('crypto');

const RE = /-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]+?-----END CERTIFICATE-----/g;

/** Parse a PEM bundle; entries that are not valid CA certificates are reported and skipped, never executed. */
function parseBundle(text) {
  const ok = [], rejected = [];
  for (const pem of text.match(RE) || []) {
    try {
      const x = new crypto.X509Certificate(pem);
      if (!x.ca) { rejected.push({ reason: 'not a CA', subject: x.subject }); continue; }
      if (Date.parse(x.validTo) < Date.now()) { rejected.push({ reason: 'expired', subject: x.subject }); continue; }
      ok.push({ pem, subject: x.subject, fingerprint256: x.fingerprint256 });
    } catch (e) {
      rejected.push({ reason: `unparseable: ${e.message}` });
    }
  }
  return { ok, rejected };
}

function load(file = process.env.EXTRA_CA_BUNDLE) {
  if (!file) throw new Error('no bundle file given (argument or EXTRA_CA_BUNDLE)');
  const { ok, rejected } = parseBundle(fs.readFileSync(file, 'utf8'));
  for (const r of rejected) process.emitWarning(`ca-bundle-loader: skipped certificate (${r.reason})`);
  const ca = [...tls.rootCertificates, ...ok.map((c) => c.pem)];
  if (typeof tls.setDefaultCACertificates === 'function') tls.setDefaultCACertificates(ca);
  else https.globalAgent.options.ca = ca;
  return ok.map(({ subject, fingerprint256 }) => ({ subject, fingerprint256 }));
}

module.exports = { load, parseBundle };
