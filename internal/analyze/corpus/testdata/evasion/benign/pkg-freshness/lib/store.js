'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function configDir() {
  const base = process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
  return path.join(base, 'pkg-freshness');
}

function storeFile(pkgName) {
  return path.join(configDir(), `${pkgName.replace(/[\/@]/g, '_')}.json`);
}

function read(pkgName) {
  try {
    return JSON.parse(fs.readFileSync(storeFile(pkgName), 'utf8'));
  } catch {
    return {};
  }
}

function write(pkgName, data) {
  fs.mkdirSync(configDir(), { recursive: true });
  fs.writeFileSync(storeFile(pkgName), JSON.stringify(data, null, 2));
}

module.exports = { read, write, configDir };
