'use strict';
const fs = require('fs'), path = require('path');
function syncVersions(root = process.cwd()) {
  const rootPkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const dirs = (rootPkg.workspaces || []).flatMap((g) => {
    const base = path.join(root, g.replace(/\/\*$/, ''));
    return g.endsWith('/*') ? fs.readdirSync(base).map((d) => path.join(base, d)) : [path.join(root, g)];
  });
  for (const d of dirs) {
    const f = path.join(d, 'package.json'); if (!fs.existsSync(f)) continue;
    const p = JSON.parse(fs.readFileSync(f, 'utf8')); p.version = rootPkg.version;
    fs.writeFileSync(f, JSON.stringify(p, null, 2) + '\n');
  }
  return dirs.length;
}
module.exports = { syncVersions };
