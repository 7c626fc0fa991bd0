'use strict';
const fs = require('fs/promises');
const path = require('path');
const globToRegExp = require('./glob');

async function readIgnore(root) {
  try {
    return (await fs.readFile(path.join(root, '.gitignore'), 'utf8')).split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
      .map((l) => globToRegExp(l.replace(/^\//, '').replace(/\/$/, '') + (l.endsWith('/') ? '{,/**}' : '')));
  } catch (_) { return []; }
}

async function* find(root, { include = ['**/*'], exclude = ['node_modules/**', '.git/**'], gitignore = true } = {}) {
  const inc = include.map(globToRegExp);
  const exc = exclude.map(globToRegExp).concat(gitignore ? await readIgnore(root) : []);
  async function* walk(dir) {
    for (const e of await fs.readdir(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      const rel = path.relative(root, abs).split(path.sep).join('/');
      if (exc.some((r) => r.test(rel) || r.test(rel + '/'))) continue;
      if (e.isDirectory()) yield* walk(abs);
      else if (inc.some((r) => r.test(rel))) yield rel;
    }
  }
  yield* walk(root);
}

async function findAll(root, opts) {
  const out = [];
  for await (const f of find(root, opts)) out.push(f);
  return out.sort();
}
module.exports = { find, findAll, globToRegExp };
