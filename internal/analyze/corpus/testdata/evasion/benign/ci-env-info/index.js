'use strict';
const fs = require('fs');
const vendors = require('./vendors.json');
const env = process.env;

const vendor = vendors.find((v) => env[v.env]) || null;
const isCI = !!(env.CI && env.CI !== 'false') || !!vendor || !!env.CONTINUOUS_INTEGRATION || !!env.BUILD_NUMBER;

function prNumber() {
  if (!vendor) return null;
  if (vendor.constant === 'GITHUB_ACTIONS' && env.GITHUB_EVENT_PATH) {
    try { return JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8')).pull_request?.number ?? null; } catch (_) { return null; }
  }
  const v = env[vendor.pr];
  if (!v || v === 'false') return null;
  const m = /(\d+)$/.exec(v);
  return m ? Number(m[1]) : null;
}

module.exports = {
  isCI,
  name: vendor ? vendor.name : null,
  constant: vendor ? vendor.constant : null,
  isPR: prNumber() !== null,
  pr: prNumber(),
  branch: vendor ? env[vendor.branch] || null : null,
  sha: vendor ? env[vendor.sha] || null : null
};
for (const v of vendors) module.exports[v.constant] = vendor === v;
