'use strict';
const fs = require('fs');
const path = require('path');

function inc(version, release = 'patch') {
  const m = String(version).match(/^(\d+)\.(\d+)\.(\d+)/);
  if (!m) throw new Error(`invalid version ${version}`);
  let [maj, min, pat] = m.slice(1).map(Number);
  if (release === 'major') { maj++; min = 0; pat = 0; }
  else if (release === 'minor') { min++; pat = 0; }
  else pat++;
  return `${maj}.${min}.${pat}`;
}

function bumpPackage(dir, release) {
  const file = path.join(dir, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  pkg.version = inc(pkg.version, release);
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
  return pkg;
}

module.exports = { inc, bumpPackage };
