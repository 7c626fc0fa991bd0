'use strict';
const crypto = require('crypto');
const os = require('os');

/**
 * Stable, anonymous machine id used to count activated seats.
 * Raw values never leave the machine: hostname and MAC addresses are salted with the product id and
 * hashed with SHA-256, so the same machine gets different ids for different vendors.
 */
function machineId(productId) {
  const macs = [];
  const ifaces = os.networkInterfaces();
  for (const name of Object.keys(ifaces).sort()) {
    for (const i of ifaces[name] || []) {
      if (!i.internal && i.mac && i.mac !== '00:00:00:00:00:00') macs.push(i.mac);
    }
  }
  const material = [productId, os.hostname(), os.platform(), os.arch(), [...new Set(macs)].sort().join(',')].join('|');
  return crypto.createHash('sha256').update(material).digest('hex');
}

module.exports = { machineId };
