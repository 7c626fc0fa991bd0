'use strict';
const fs = require('fs');
const path = require('path');

function expand(root, pattern) {
  const base = pattern.replace(/\/\*+$/, '');
  if (base === pattern) return [path.join(root, pattern)];
  const dir = path.join(root, base);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(dir, d.name));
}

function workspaces(root) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const pats = Array.isArray(pkg.workspaces) ? pkg.workspaces : (pkg.workspaces || {}).packages || [];
  return pats
    .flatMap((p) => expand(root, p))
    .filter((d) => fs.existsSync(path.join(d, 'package.json')))
    .map((dir) => ({ dir, file: path.join(dir, 'package.json'), pkg: JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) }));
}

module.exports = { workspaces };
