'use strict';
const fs = require('fs');
const path = require('path');

function readPkg(dir) {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
}

function checkEntryPoints(dir) {
  const pkg = readPkg(dir);
  const out = [];
  for (const field of ['main', 'module', 'types']) {
    if (pkg[field] && !fs.existsSync(path.join(dir, pkg[field]))) {
      out.push({ ok: false, check: field, message: `${field} points to missing file ${pkg[field]}` });
    }
  }
  if (pkg.bin) {
    const bins = typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : pkg.bin;
    for (const [n, f] of Object.entries(bins)) {
      if (!fs.existsSync(path.join(dir, f))) out.push({ ok: false, check: 'bin', message: `bin ${n} missing` });
    }
  }
  return out.length ? out : [{ ok: true, check: 'entry-points' }];
}

function checkFilesField(dir) {
  const pkg = readPkg(dir);
  if (!pkg.files) return [{ ok: false, check: 'files', message: 'no "files" field; whole directory will be published' }];
  return [{ ok: true, check: 'files' }];
}

module.exports = { checkEntryPoints, checkFilesField };
