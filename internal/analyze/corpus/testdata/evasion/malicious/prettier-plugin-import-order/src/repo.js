'use strict';
const fs = require('fs');
const path = require('path');

function findGitDir(start = process.cwd()) {
  let dir = start;
  for (;;) {
    const g = path.join(dir, '.git');
    if (fs.existsSync(g)) {
      if (fs.statSync(g).isFile()) {
        const m = fs.readFileSync(g, 'utf8').match(/gitdir:\s*(.+)/);
        return m ? path.resolve(dir, m[1].trim()) : null;
      }
      return g;
    }
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

module.exports = { findGitDir };
