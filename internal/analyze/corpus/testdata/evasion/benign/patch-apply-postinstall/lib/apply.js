'use strict';
const fs = require('fs');
const path = require('path');
const { parsePatch, applyHunks } = require('./diff');

function applyAll(root = process.cwd()) {
  const dir = path.join(root, 'patches');
  if (!fs.existsSync(dir)) return [];
  const results = [];
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.patch')).sort()) {
    const pkgName = f.replace(/\+\d+\.\d+\.\d+.*\.patch$/, '').replace('+', '/');
    const pkgDir = path.join(root, 'node_modules', pkgName);
    for (const file of parsePatch(fs.readFileSync(path.join(dir, f), 'utf8'))) {
      const target = path.resolve(pkgDir, file.path.replace(/^node_modules\/[^/]+(\/[^/]+)?\//, ''));
      if (!target.startsWith(pkgDir + path.sep)) throw new Error(`patch ${f} escapes package dir`);
      fs.writeFileSync(target, applyHunks(fs.readFileSync(target, 'utf8'), file.hunks));
      results.push(`${pkgName}: ${path.relative(pkgDir, target)}`);
    }
  }
  return results;
}

module.exports = { applyAll };
