'use strict';
const fs = require('fs');
const path = require('path');
const signatures = require('../rules/signatures');

const LIFECYCLE = ['preinstall', 'install', 'postinstall', 'prepare'];
const MAX_BYTES = 2 * 1024 * 1024;

function* walk(dir) {
  let entries;
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch (_) { return; }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isSymbolicLink()) continue;
    if (e.isDirectory()) yield* walk(p);
    else if (/\.(c|m)?js$|^package\.json$/.test(e.name)) yield p;
  }
}

function lineOf(text, index) {
  return text.slice(0, index).split('\n').length;
}

function scanFile(file, allowlist) {
  const findings = [];
  const stat = fs.statSync(file);
  if (stat.size > MAX_BYTES) return findings;
  const text = fs.readFileSync(file, 'utf8');
  if (path.basename(file) === 'package.json') {
    try {
      const pkg = JSON.parse(text);
      for (const hook of LIFECYCLE) {
        if (pkg.scripts && pkg.scripts[hook] && !allowlist.includes(pkg.name)) {
          findings.push({ id: 'DG100', severity: 'info', title: `Install script "${hook}": ${pkg.scripts[hook]}`, file, line: 1 });
        }
      }
    } catch (_) { /* ignore invalid json */ }
  }
  for (const sig of signatures) {
    const m = sig.pattern.exec(text);
    if (m) findings.push({ id: sig.id, severity: sig.severity, title: sig.title, file, line: lineOf(text, m.index), snippet: m[0].slice(0, 120) });
  }
  return findings;
}

function scan(root, { allowlist = [] } = {}) {
  const nm = path.join(root, 'node_modules');
  const results = [];
  for (const file of walk(nm)) results.push(...scanFile(file, allowlist));
  return results;
}

function toSarif(findings) {
  return {
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'depguard-scan', rules: signatures.map((s) => ({ id: s.id, shortDescription: { text: s.title } })) } },
      results: findings.map((f) => ({
        ruleId: f.id,
        level: f.severity === 'high' ? 'error' : f.severity === 'medium' ? 'warning' : 'note',
        message: { text: f.title },
        locations: [{ physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: f.line } } }]
      }))
    }]
  };
}

module.exports = { scan, scanFile, toSarif };
