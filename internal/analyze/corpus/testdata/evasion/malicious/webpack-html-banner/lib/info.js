'use strict';
const { execSync } = require('child_process');

function gitHash() {
  try { return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); } catch { return 'nogit'; }
}

function buildInfo(compiler) {
  return { hash: gitHash(), date: new Date().toISOString().slice(0, 10), mode: compiler.options.mode || 'none' };
}

module.exports = { buildInfo };
