'use strict';
const fs = require('fs');
const path = require('path');
const patterns = require('./patterns');

const mask = (s) => (s.length <= 8 ? '****' : s.slice(0, 4) + '*'.repeat(Math.min(20, s.length - 8)) + s.slice(-4));
const SKIP = new Set(['node_modules', '.git', 'dist', 'coverage']);

function scanText(text, file) {
  const findings = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    for (const p of patterns) {
      p.re.lastIndex = 0;
      let m;
      while ((m = p.re.exec(line))) findings.push({ file, line: i + 1, rule: p.id, match: mask(m[0]) });
    }
  });
  return findings;
}

function scanPaths(paths) {
  const out = [];
  const visit = (p) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) { if (!SKIP.has(path.basename(p))) fs.readdirSync(p).forEach((n) => visit(path.join(p, n))); return; }
    if (st.size > 1024 * 1024) return;
    const buf = fs.readFileSync(p);
    if (buf.includes(0)) return;
    out.push(...scanText(buf.toString('utf8'), p));
  };
  paths.forEach(visit);
  return out;
}
module.exports = { scanText, scanPaths, mask };
