#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { applyAll } = require('../lib/apply');
const { createDiff } = require('../lib/diff');

const [cmd, pkg] = process.argv.slice(2);
const cwd = process.cwd();

if (cmd === 'create') {
  // Compare the edited package in node_modules to a pristine copy from `npm pack`.
  const pkgDir = path.join(cwd, 'node_modules', pkg);
  const { version } = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  const tmp = fs.mkdtempSync(path.join(require('os').tmpdir(), 'patchwright-'));
  const tgz = execFileSync('npm', ['pack', `${pkg}@${version}`, '--silent'], { cwd: tmp, encoding: 'utf8' }).trim();
  execFileSync('tar', ['-xzf', tgz], { cwd: tmp });
  let out = '';
  (function walk(rel) {
    for (const e of fs.readdirSync(path.join(pkgDir, rel), { withFileTypes: true })) {
      const r = path.join(rel, e.name);
      if (e.isDirectory()) { if (e.name !== 'node_modules') walk(r); continue; }
      const orig = path.join(tmp, 'package', r);
      const before = fs.existsSync(orig) ? fs.readFileSync(orig, 'utf8') : '';
      const after = fs.readFileSync(path.join(pkgDir, r), 'utf8');
      if (before !== after) out += createDiff(r.split(path.sep).join('/'), before, after);
    }
  })('');
  fs.rmSync(tmp, { recursive: true, force: true });
  if (!out) { console.log('No changes found.'); process.exit(0); }
  fs.mkdirSync(path.join(cwd, 'patches'), { recursive: true });
  const file = path.join(cwd, 'patches', `${pkg.replace('/', '+')}+${version}.patch`);
  fs.writeFileSync(file, out);
  console.log(`Created ${path.relative(cwd, file)}`);
} else {
  const failures = applyAll(cwd, { allowVersionMismatch: process.argv.includes('--allow-version-mismatch'), reverse: cmd === 'revert' });
  process.exit(failures && !process.argv.includes('--no-fail') ? 1 : 0);
}
