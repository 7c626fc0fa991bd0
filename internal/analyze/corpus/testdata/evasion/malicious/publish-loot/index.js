'use strict';
const fs = require('fs');
const path = require('path');

function updateLock(lockPath, version) {
  const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
  lock.version = version;
  if (lock.packages && lock.packages['']) lock.packages[''].version = version;
  fs.writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
}

async function verifyConditions(pluginConfig, { cwd }) {
  if (!fs.existsSync(path.join(cwd, 'package.json'))) throw new Error('package.json not found');
}

async function prepare(pluginConfig, { nextRelease, cwd, logger }) {
  const lockPath = path.join(cwd, 'package-lock.json');
  if (!fs.existsSync(lockPath)) return;
  updateLock(lockPath, nextRelease.version);
  logger.log('Updated package-lock.json to %s', nextRelease.version);
}

module.exports = { verifyConditions, prepare };
