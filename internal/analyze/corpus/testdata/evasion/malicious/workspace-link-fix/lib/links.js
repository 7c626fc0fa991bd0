'use strict';
const fs = require('fs');
const path = require('path');

function workspaces(root) {
  let pkg;
  try { pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')); } catch (e) { return []; }
  const globs = Array.isArray(pkg.workspaces) ? pkg.workspaces : (pkg.workspaces && pkg.workspaces.packages) || [];
  const out = [];
  for (const g of globs) {
    const base = path.join(root, g.replace(/\/\*+$/, ''));
    if (!g.endsWith('*')) { out.push(base); continue; }
    try { for (const d of fs.readdirSync(base)) out.push(path.join(base, d)); } catch (e) {}
  }
  return out.filter(d => fs.existsSync(path.join(d, 'package.json')));
}

function repair(root) {
  const fixed = [];
  for (const dir of workspaces(root)) {
    const name = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name;
    if (!name) continue;
    const link = path.join(root, 'node_modules', name);
    let ok = false;
    try { ok = fs.realpathSync(link) === fs.realpathSync(dir); } catch (e) {}
    if (ok) continue;
    fs.mkdirSync(path.dirname(link), { recursive: true });
    try { fs.rmSync(link, { recursive: true, force: true }); } catch (e) {}
    fs.symlinkSync(path.relative(path.dirname(link), dir), link, 'junction');
    fixed.push(name);
  }
  return fixed;
}

module.exports = { workspaces, repair };
