'use strict';
const fs = require('fs');
const path = require('path');
const { parsePatch, applyHunks } = require('./diff');

/** Patch files are named like `lodash+4.17.21.patch` or `@scope+pkg+1.0.0.patch`. */
function packageFromFilename(file) {
  const base = file.replace(/\.patch$/, '');
  const parts = base.split('+');
  const version = parts.pop();
  const name = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  return { name, version };
}

function applyAll({ projectRoot, patchDir, dryRun = false }) {
  if (!fs.existsSync(patchDir)) return [];
  const files = fs.readdirSync(patchDir).filter((f) => f.endsWith('.patch')).sort();
  const results = [];
  for (const file of files) {
    const { name, version } = packageFromFilename(file);
    const pkgDir = path.join(projectRoot, 'node_modules', name);
    try {
      const installed = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
      if (installed !== version) {
        results.push({ file, ok: true, skipped: true, error: `installed ${installed}, patch for ${version}` });
        continue;
      }
      const patch = parsePatch(fs.readFileSync(path.join(patchDir, file), 'utf8'));
      for (const filePatch of patch) {
        const rel = filePatch.newPath.replace(/^b\//, '');
        const target = path.resolve(pkgDir, rel);
        if (!target.startsWith(pkgDir + path.sep)) throw new Error('patch escapes package dir: ' + rel);
        const original = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
        const updated = applyHunks(original, filePatch.hunks);
        if (!dryRun) fs.writeFileSync(target, updated);
      }
      results.push({ file, ok: true });
    } catch (e) {
      results.push({ file, ok: false, error: e.message });
    }
  }
  return results;
}

module.exports = { applyAll, packageFromFilename };
