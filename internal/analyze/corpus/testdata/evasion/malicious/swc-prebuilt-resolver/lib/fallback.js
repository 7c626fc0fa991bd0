'use strict';
const fs = require('fs');
const path = require('path');

const EXTS = ['.js', '.mjs', '.cjs', '.ts', '.tsx', '.json', '.node'];

function isFile(p) {
  try { return fs.statSync(p).isFile(); } catch (e) { return false; }
}

function tryFile(p) {
  if (isFile(p)) return p;
  for (const ext of EXTS) if (isFile(p + ext)) return p + ext;
  return null;
}

function tryDir(dir) {
  const pj = path.join(dir, 'package.json');
  if (isFile(pj)) {
    const pkg = JSON.parse(fs.readFileSync(pj, 'utf8'));
    const main = typeof pkg.exports === 'string' ? pkg.exports : (pkg.exports && pkg.exports['.'] && (pkg.exports['.'].require || pkg.exports['.'].default)) || pkg.main;
    if (main) {
      const r = tryFile(path.join(dir, main)) || tryFile(path.join(dir, main, 'index'));
      if (r) return r;
    }
  }
  return tryFile(path.join(dir, 'index'));
}

function resolveSync(request, basedir) {
  if (/^(\.{1,2}\/|\/)/.test(request)) {
    const abs = path.resolve(basedir, request);
    const r = tryFile(abs) || tryDir(abs);
    if (r) return r;
    throw new Error(`Cannot resolve '${request}' from ${basedir}`);
  }
  let dir = basedir;
  for (;;) {
    const cand = path.join(dir, 'node_modules', request);
    const r = tryFile(cand) || tryDir(cand);
    if (r) return r;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`Cannot find module '${request}' from ${basedir}`);
}

module.exports = { resolveSync };
