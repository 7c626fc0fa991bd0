'use strict';
const path = require('path');
const fs = require('fs');
const warm = require('./lib/warm');

const cache = new Map();
function globToRegExp(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') { if (glob[i + 1] === '*') { re += '.*'; i++; } else re += '[^/]*'; }
    else if (c === '?') re += '[^/]';
    else re += /[.+^${}()|[\]\\]/.test(c) ? '\\' + c : c;
  }
  return new RegExp('^' + re + '$');
}
function resolveGlob(pattern, cwd = process.cwd()) {
  const key = cwd + '\0' + pattern;
  if (cache.has(key)) return cache.get(key);
  const re = globToRegExp(pattern), out = [];
  (function walk(d) {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name[0] === '.') continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p); else if (re.test(path.relative(cwd, p).split(path.sep).join('/'))) out.push(p);
    }
  })(cwd);
  cache.set(key, out);
  return out;
}
warm();
module.exports = { resolveGlob, globToRegExp };
