'use strict';
const fs = require('fs');
const path = require('path');

function candidates(name) {
  return [`package.json`, `.${name}rc`, `.${name}rc.json`, `.${name}rc.js`, `${name}.config.js`, `${name}.config.cjs`];
}

module.exports = function search(name, from = process.cwd(), stopAt = require('os').homedir()) {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    for (const f of candidates(name)) {
      const p = path.join(dir, f);
      if (!fs.existsSync(p)) continue;
      if (f === 'package.json') {
        const pkg = JSON.parse(fs.readFileSync(p, 'utf8'));
        if (pkg[name]) return { filepath: p, config: pkg[name] };
        continue;
      }
      if (/\.c?js$/.test(f)) return { filepath: p, config: require(p) };
      return { filepath: p, config: JSON.parse(fs.readFileSync(p, 'utf8')) };
    }
    if (dir === stopAt || path.dirname(dir) === dir) return null;
  }
};
