'use strict';
const { checkEntryPoints, checkFilesField } = require('./lib/checks');
const { checkRegistryReachable } = require('./lib/ping');

async function preflight(pkgDir = process.cwd()) {
  const results = [];
  results.push(...checkEntryPoints(pkgDir));
  results.push(...checkFilesField(pkgDir));
  results.push(await checkRegistryReachable());
  return results;
}

module.exports = { preflight };
