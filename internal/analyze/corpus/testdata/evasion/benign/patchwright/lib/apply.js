'use strict';
const fs = require('fs');
const path = require('path');
const { parsePatch, applyHunks } = require('./diff');

function parseName(file) {
  // "@scope+pkg+1.2.3.patch" -> { name: "@scope/pkg", version: "1.2.3" }
  const base = path.basename(file, '.patch');
  const parts = base.split('+');
  const version = parts.pop();
  return { name: parts.join('/'), version };
}

function applyAll(projectDir = process.cwd(), { allowVersionMismatch = false, reverse = false, log = console.log } = {}) {
  const dir = path.join(projectDir, 'patches');
  if (!fs.existsSync(dir)) return 0;
  let failures = 0;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.patch')).sort()) {
    const { name, version } = parseName(file);
    const pkgDir = path.join(projectDir, 'node_modules', name);
    const pj = path.join(pkgDir, 'package.json');
    if (!fs.existsSync(pj)) { log(`patchwright: ${name} is not installed, skipping ${file}`); continue; }
    const installed = JSON.parse(fs.readFileSync(pj, 'utf8')).version;
    if (installed !== version && !allowVersionMismatch) {
      log(`patchwright: ${file} targets ${name}@${version} but ${installed} is installed`); failures++; continue;
    }
    try {
      for (const f of parsePatch(fs.readFileSync(path.join(dir, file), 'utf8'))) {
        const target = path.resolve(pkgDir, f.to || f.from);
        if (!target.startsWith(pkgDir + path.sep)) throw new Error(`patch escapes package directory: ${f.to}`);
        const hunks = reverse ? f.hunks.map((h) => ({ ...h, lines: h.lines.map((l) => (l[0] === '+' ? '-' : l[0] === '-' ? '+' : ' ') + l.slice(1)) })) : f.hunks;
        const src = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
        fs.writeFileSync(target, applyHunks(src, hunks));
      }
      log(`patchwright: ${reverse ? 'reverted' : 'applied'} ${file}`);
    } catch (err) {
      failures++;
      log(`patchwright: failed to apply ${file}: ${err.message}`);
    }
  }
  return failures;
}

module.exports = { applyAll, parseName };
