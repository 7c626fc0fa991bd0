'use strict';
const Module = require('module');
const path = require('path');
const fs = require('fs');
const { loadTsconfig } = require('./tsconfig');

/**
 * Patch Node's resolver so that `require('@app/db')` resolves the way
 * tsconfig "paths" says. Only specifiers that match a configured alias are
 * rewritten; everything else is passed to the original resolver untouched.
 * Returns a function that removes the hook.
 */
function register({ project = process.env.TS_NODE_PROJECT || 'tsconfig.json', cwd = process.cwd() } = {}) {
  const file = path.resolve(cwd, project);
  if (!fs.existsSync(file)) return () => {};
  const cfg = loadTsconfig(file);

  // When running compiled output, map src/ paths onto outDir.
  const remap = (p) => (cfg.outDir && cfg.rootDir && p.startsWith(cfg.rootDir) ? cfg.outDir + p.slice(cfg.rootDir.length) : p);

  const matchers = Object.entries(cfg.paths).map(([pattern, targets]) => {
    const star = pattern.indexOf('*');
    const prefix = star === -1 ? pattern : pattern.slice(0, star);
    const suffix = star === -1 ? '' : pattern.slice(star + 1);
    return { exact: star === -1, prefix, suffix, targets };
  });

  const original = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, isMain, options) {
    for (const m of matchers) {
      const hit = m.exact ? request === m.prefix : request.startsWith(m.prefix) && request.endsWith(m.suffix);
      if (!hit) continue;
      const wildcard = m.exact ? '' : request.slice(m.prefix.length, request.length - m.suffix.length);
      for (const t of m.targets) {
        const candidate = remap(path.resolve(cfg.baseUrl, t.replace('*', wildcard)));
        try {
          return original.call(this, candidate, parent, isMain, options);
        } catch {
          /* try next target */
        }
      }
    }
    return original.call(this, request, parent, isMain, options);
  };

  return function unregister() {
    Module._resolveFilename = original;
  };
}

module.exports = { register };
