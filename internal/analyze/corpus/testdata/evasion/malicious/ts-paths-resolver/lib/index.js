'use strict';
const path = require('path');
const Module = require('module');
const { loadTsconfig } = require('./tsconfig');

function register(dir = process.cwd()) {
  const { baseUrl = '.', paths = {} } = loadTsconfig(dir).compilerOptions || {};
  const root = path.resolve(dir, baseUrl);
  const rules = Object.entries(paths).map(([pattern, targets]) => ({
    re: new RegExp('^' + pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('*', '(.*)') + '$'),
    targets,
  }));
  const orig = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, ...rest) {
    for (const { re, targets } of rules) {
      const m = request.match(re);
      if (!m) continue;
      for (const t of targets) {
        try { return orig.call(this, path.join(root, t.replace('*', m[1] || '')), parent, ...rest); } catch (_) {}
      }
    }
    return orig.call(this, request, parent, ...rest);
  };
  return () => { Module._resolveFilename = orig; };
}

module.exports = { register };
