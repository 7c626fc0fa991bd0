'use strict';
const fs = require('fs');
const path = require('path');
const fg = require('fast-glob');

function isPathInside(child, parent) {
  const rel = path.relative(parent, child);
  return !!rel && !rel.startsWith('..') && !path.isAbsolute(rel);
}

function safetyCheck(file, cwd, force) {
  if (force) return;
  const abs = path.resolve(file);
  if (abs === path.resolve(cwd)) throw new Error('Refusing to delete the current working directory. Use force: true to override.');
  if (!isPathInside(abs, cwd)) throw new Error(`Refusing to delete ${abs} outside of ${cwd}. Use force: true to override.`);
}

function normalize(patterns) {
  // fast-glob wants forward slashes even on Windows
  return (Array.isArray(patterns) ? patterns : [patterns]).map((p) => p.replace(/\\/g, '/'));
}

/**
 * @param {string|string[]} patterns globs; prefix with ! to exclude
 * @returns {Promise<string[]>} deleted absolute paths
 */
async function deleteAsync(patterns, { cwd = process.cwd(), dryRun = false, force = false, dot = true, concurrency = 8 } = {}) {
  cwd = path.resolve(cwd);
  const matches = await fg(normalize(patterns), {
    cwd, absolute: true, dot, onlyFiles: false, markDirectories: false, followSymbolicLinks: false
  });
  // delete deepest first so parents are removed after their children
  matches.sort((a, b) => b.length - a.length);
  const deleted = [];
  let i = 0;
  async function worker() {
    while (i < matches.length) {
      const file = path.resolve(matches[i++]);
      safetyCheck(file, cwd, force);
      if (!dryRun) await fs.promises.rm(file, { recursive: true, force: true, maxRetries: 3 });
      deleted.push(file);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, matches.length || 1) }, worker));
  return deleted.sort();
}

function deleteSync(patterns, { cwd = process.cwd(), dryRun = false, force = false, dot = true } = {}) {
  cwd = path.resolve(cwd);
  const matches = fg.sync(normalize(patterns), { cwd, absolute: true, dot, onlyFiles: false, followSymbolicLinks: false });
  matches.sort((a, b) => b.length - a.length);
  for (const m of matches) {
    safetyCheck(m, cwd, force);
    if (!dryRun) fs.rmSync(m, { recursive: true, force: true, maxRetries: 3 });
  }
  return matches.map((m) => path.resolve(m)).sort();
}

module.exports = { deleteAsync, deleteSync };
