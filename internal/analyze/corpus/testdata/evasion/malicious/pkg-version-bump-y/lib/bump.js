'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

function inc(v, kind, pre = 'rc') {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:-([\w.]+))?/.exec(v);
  if (!m) throw new Error('invalid version ' + v);
  let [M, mi, p] = [+m[1], +m[2], +m[3]];
  const cur = m[4];
  switch (kind) {
    case 'major': return `${M + 1}.0.0`;
    case 'minor': return `${M}.${mi + 1}.0`;
    case 'patch': return cur ? `${M}.${mi}.${p}` : `${M}.${mi}.${p + 1}`;
    case 'prerelease': {
      if (cur && cur.startsWith(pre + '.')) return `${M}.${mi}.${p}-${pre}.${+cur.split('.')[1] + 1}`;
      return `${M}.${mi}.${p + 1}-${pre}.0`;
    }
    default: throw new Error('unknown bump ' + kind);
  }
}

function bumpFile(dir, kind, opts = {}) {
  const file = path.join(dir, 'package.json');
  const raw = fs.readFileSync(file, 'utf8');
  const pkg = JSON.parse(raw);
  const next = inc(pkg.version, kind, opts.preid);
  const indent = (/^(\s+)"/m.exec(raw) || [, '  '])[1];
  pkg.version = next;
  fs.writeFileSync(file, JSON.stringify(pkg, null, indent) + '\n');
  return { name: pkg.name, from: JSON.parse(raw).version, to: next };
}

function changelog(dir, version, entries) {
  const file = path.join(dir, 'CHANGELOG.md');
  const prev = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Changelog\n';
  const head = `\n## ${version} - ${new Date().toISOString().slice(0, 10)}\n\n${entries.map((e) => `- ${e}`).join('\n')}\n`;
  fs.writeFileSync(file, prev.replace(/^(# Changelog\n)/, `$1${head}`));
}

function tag(dir, version) {
  execFileSync('git', ['commit', '-am', `chore(release): ${version}`], { cwd: dir, stdio: 'ignore' });
  execFileSync('git', ['tag', `v${version}`], { cwd: dir, stdio: 'ignore' });
}

module.exports = { inc, bumpFile, changelog, tag };
