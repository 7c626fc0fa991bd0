'use strict';
const table = require('./regions.json');

function partitionOf(region) {
  for (const [p, def] of Object.entries(table)) if (def.regions[region]) return p;
  return null;
}

function listRegions({ partition, includeOptIn = true } = {}) {
  const out = [];
  for (const [p, def] of Object.entries(table)) {
    if (partition && p !== partition) continue;
    for (const [id, r] of Object.entries(def.regions)) {
      if (!includeOptIn && r.optIn) continue;
      out.push({ id, partition: p, ...r });
    }
  }
  return out;
}

function endpoint(service, region, { dualstack = false, fips = false } = {}) {
  const p = partitionOf(region);
  if (!p) throw new Error('Unknown region: ' + region);
  const svc = fips ? service + '-fips' : service;
  const suffix = dualstack ? 'api.aws' : table[p].dnsSuffix;
  return `https://${svc}.${region}.${suffix}`;
}

module.exports = { listRegions, partitionOf, endpoint, table };
