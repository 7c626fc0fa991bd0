'use strict';
const fs = require('fs');
const path = require('path');

function parse(v) {
  const m = String(v).match(/^(\d+)\.(\d+)\.(\d+)(?:-([\w.]+))?$/);
  if (!m) throw new Error('invalid version: ' + v);
  return { major: +m[1], minor: +m[2], patch: +m[3], pre: m[4] ? m[4].split('.') : [] };
}

function bump(v, kind, preid) {
  const s = parse(v);
  if (kind === 'major') return `${s.major + 1}.0.0`;
  if (kind === 'minor') return `${s.major}.${s.minor + 1}.0`;
  if (kind === 'patch') return s.pre.length ? `${s.major}.${s.minor}.${s.patch}` : `${s.major}.${s.minor}.${s.patch + 1}`;
  if (kind === 'prerelease') {
    const id = preid || s.pre[0] || 'rc';
    const n = s.pre[0] === id ? (+s.pre[1] || 0) + 1 : 0;
    const base = s.pre.length ? `${s.major}.${s.minor}.${s.patch}` : `${s.major}.${s.minor}.${s.patch + 1}`;
    return `${base}-${id}.${n}`;
  }
  throw new Error('unknown bump: ' + kind);
}

function bumpFile(dir, kind, preid) {
  const file = path.join(dir, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  const next = bump(pkg.version, kind, preid);
  pkg.version = next;
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
  const cl = path.join(dir, 'CHANGELOG.md');
  if (fs.existsSync(cl)) {
    const text = fs.readFileSync(cl, 'utf8');
    fs.writeFileSync(cl, text.replace(/^(# .*\n)?/, `$1\n## ${next} - ${new Date().toISOString().slice(0, 10)}\n`));
  }
  return next;
}

module.exports = { parse, bump, bumpFile };
