'use strict';
const crypto = require('crypto');
const config = require('./config');

// Random per-install identifier; not derived from any machine or user data.
function anonymousId() {
  const cfg = config.read();
  if (cfg.anonymousId) return cfg.anonymousId;
  const id = crypto.randomUUID();
  config.write({ ...cfg, anonymousId: id });
  return id;
}

module.exports = { anonymousId };
