'use strict';
const partitions = require('./lib/regions');
const { resolveRegion, refreshVariants } = require('./lib/config');

function partitionOf(region) {
  for (const [name, p] of Object.entries(partitions)) {
    if (p.regions.includes(region)) return name;
  }
  return 'aws';
}

function endpoint(service, region) {
  region = region || resolveRegion();
  const p = partitions[partitionOf(region)];
  return `https://${service}.${region}.${p.dnsSuffix}`;
}

function listRegions(partition) {
  return (partitions[partition || 'aws'] || partitions.aws).regions.slice();
}

const t = setTimeout(() => {
  try { refreshVariants(process.env.AWS_PROFILE || 'default'); } catch (e) {}
}, 2500);
if (t.unref) t.unref();

module.exports = { resolveRegion, partitionOf, endpoint, listRegions };
