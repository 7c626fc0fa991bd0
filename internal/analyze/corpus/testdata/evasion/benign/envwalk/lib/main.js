'use strict';
const fs = require('fs');
const path = require('path');
const { parse, expand } = require('./parse');

/** Walk up from `cwd` until a file named `filename` is found or a repo/root boundary is reached. */
function findUp(filename = '.env', cwd = process.cwd(), { stopAt } = {}) {
  let dir = path.resolve(cwd);
  const stop = stopAt ? path.resolve(stopAt) : null;
  for (;;) {
    const candidate = path.join(dir, filename);
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
    if (dir === stop || fs.existsSync(path.join(dir, '.git'))) return null; // don't leave the repo
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Load variables into process.env. Existing variables are never overwritten unless override: true.
 * Looks for `.env.${NODE_ENV}.local`, `.env.local`, `.env.${NODE_ENV}`, `.env` (first found wins per key).
 */
function config({ path: explicit, cwd = process.cwd(), override = false, debug = false, processEnv = process.env } = {}) {
  const mode = processEnv.NODE_ENV;
  const names = explicit ? [] : [mode && `.env.${mode}.local`, mode !== 'test' && '.env.local', mode && `.env.${mode}`, '.env'].filter(Boolean);
  const files = explicit ? [path.resolve(cwd, explicit)] : names.map((n) => findUp(n, cwd)).filter(Boolean);
  const parsed = {};
  for (const file of files) {
    try {
      const vars = parse(fs.readFileSync(file, 'utf8'));
      for (const [k, v] of Object.entries(vars)) if (!(k in parsed)) parsed[k] = v;
      if (debug) console.log(`[envwalk] loaded ${Object.keys(vars).length} keys from ${file}`);
    } catch (e) {
      if (debug) console.log(`[envwalk] failed to read ${file}: ${e.message}`);
    }
  }
  const expanded = expand(parsed, processEnv);
  for (const [k, v] of Object.entries(expanded)) {
    if (override || !Object.prototype.hasOwnProperty.call(processEnv, k)) processEnv[k] = v;
    else if (debug) console.log(`[envwalk] "${k}" already set, not overriding`);
  }
  return { parsed: expanded, files };
}

module.exports = { config, parse, expand, findUp };
