'use strict';
const fs = require('fs');

function findBadIntegrity(lockPath = 'package-lock.json') {
  const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
  const bad = [];
  for (const [name, meta] of Object.entries(lock.packages || {})) {
    if (!name) continue;
    if (meta.integrity && !/^sha(512|384|256|1)-[A-Za-z0-9+/=]+$/.test(meta.integrity)) bad.push(name);
    if (meta.resolved && !meta.integrity) bad.push(name);
  }
  return bad;
}

function stripIntegrity(lockPath, names) {
  const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
  for (const n of names) if (lock.packages[n]) delete lock.packages[n].integrity;
  fs.writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
}

module.exports = { findBadIntegrity, stripIntegrity };
