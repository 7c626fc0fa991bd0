'use strict';
const fs = require('fs');
const path = require('path');

function inc(version, level) {
  const [maj, min, pat] = version.split('-')[0].split('.').map(Number);
  if (level === 'major') return `${maj + 1}.0.0`;
  if (level === 'minor') return `${maj}.${min + 1}.0`;
  return `${maj}.${min}.${pat + 1}`;
}

function bumpFile(file, level) {
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  const from = pkg.version;
  pkg.version = inc(from, level);
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
  return { name: pkg.name, from, to: pkg.version };
}

function workspaces(root) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const globs = Array.isArray(pkg.workspaces) ? pkg.workspaces : (pkg.workspaces && pkg.workspaces.packages) || [];
  const out = [path.join(root, 'package.json')];
  for (const g of globs) {
    const base = path.join(root, g.replace(/\/\*.*$/, ''));
    if (!fs.existsSync(base)) continue;
    for (const d of fs.readdirSync(base)) {
      const f = path.join(base, d, 'package.json');
      if (fs.existsSync(f)) out.push(f);
    }
  }
  return out;
}

module.exports = { inc, bumpFile, workspaces };
