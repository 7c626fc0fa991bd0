'use strict';
const fs = require('fs');
const path = require('path');

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function writeJson(file, data, dryRun) {
  const original = fs.readFileSync(file, 'utf8');
  const indent = (/^(\s+)"/m.exec(original) || [null, '  '])[1];
  const next = JSON.stringify(data, null, indent) + (original.endsWith('\n') ? '\n' : '');
  if (next === original) return false;
  if (!dryRun) fs.writeFileSync(file, next);
  return true;
}

// Expands "packages/*" and "apps/**"-style workspace globs (no external deps).
function expand(root, pattern) {
  const parts = pattern.replace(/\/$/, '').split('/');
  let dirs = [root];
  for (const part of parts) {
    const next = [];
    for (const d of dirs) {
      if (part === '*' || part === '**') {
        if (!fs.existsSync(d)) continue;
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
          if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.')) next.push(path.join(d, e.name));
        }
      } else {
        next.push(path.join(d, part));
      }
    }
    dirs = next;
  }
  return dirs.filter((d) => fs.existsSync(path.join(d, 'package.json')));
}

function findWorkspaces(root) {
  const rootPkg = readJson(path.join(root, 'package.json'));
  let patterns = Array.isArray(rootPkg.workspaces) ? rootPkg.workspaces : (rootPkg.workspaces || {}).packages || [];
  const pnpmFile = path.join(root, 'pnpm-workspace.yaml');
  if (!patterns.length && fs.existsSync(pnpmFile)) {
    patterns = fs.readFileSync(pnpmFile, 'utf8').split('\n')
      .map((l) => /^\s*-\s*['"]?([^'"]+)['"]?\s*$/.exec(l)).filter(Boolean).map((m) => m[1]);
  }
  return patterns.flatMap((p) => expand(root, p)).map((dir) => ({ dir, file: path.join(dir, 'package.json'), pkg: readJson(path.join(dir, 'package.json')) }));
}

const DEP_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

function setVersion(workspaces, name, version) {
  for (const ws of workspaces) {
    if (ws.pkg.name === name) ws.pkg.version = version;
    for (const field of DEP_FIELDS) {
      const deps = ws.pkg[field];
      if (!deps || !deps[name] || deps[name].startsWith('workspace:')) continue;
      const prefix = /^[\^~]/.exec(deps[name]);
      deps[name] = `${prefix ? prefix[0] : '^'}${version}`;
    }
  }
}

// Copy shared scripts declared in the root package.json:
//   "workspaceSync": { "scripts": { "build": "tsc -b", "prepack": "npm run build" } }
function syncScripts(workspaces, shared, { overwrite = false } = {}) {
  for (const ws of workspaces) {
    if (ws.pkg.private && ws.pkg.workspaceSync === false) continue;
    ws.pkg.scripts = ws.pkg.scripts || {};
    for (const [name, cmd] of Object.entries(shared)) {
      if (overwrite || !(name in ws.pkg.scripts)) ws.pkg.scripts[name] = cmd;
    }
  }
}

function save(workspaces, dryRun) {
  return workspaces.filter((ws) => writeJson(ws.file, ws.pkg, dryRun)).map((ws) => path.relative(process.cwd(), ws.file));
}

module.exports = { findWorkspaces, setVersion, syncScripts, save, readJson };
