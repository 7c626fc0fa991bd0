'use strict';
const fs = require('fs');
const path = require('path');
const { parse } = require('./parse');
const { expand } = require('./expand');

/**
 * Load .env files from `cwd` in increasing priority:
 *   .env, .env.local, .env.<mode>, .env.<mode>.local
 * Variables already present in process.env are NOT overwritten unless
 * `override: true`. Nothing leaves the process: values are only assigned
 * to process.env (or returned when `processEnv` is a different object).
 */
function config(options = {}) {
  const cwd = options.cwd || process.cwd();
  const mode = options.mode || process.env.NODE_ENV || 'development';
  const target = options.processEnv || process.env;
  const files = ['.env', '.env.local', `.env.${mode}`, `.env.${mode}.local`];
  // .env.local is conventionally ignored in tests so results stay reproducible
  const order = mode === 'test' ? files.filter((f) => f !== '.env.local') : files;

  const merged = {};
  const loaded = [];
  for (const name of order) {
    const file = path.join(cwd, name);
    if (!fs.existsSync(file)) continue;
    Object.assign(merged, parse(fs.readFileSync(file, 'utf8')));
    loaded.push(name);
  }

  const initial = { ...target };
  const expanded = expand(merged, initial);
  for (const [k, v] of Object.entries(expanded)) {
    if (options.override || !Object.prototype.hasOwnProperty.call(initial, k)) target[k] = v;
  }
  if (options.debug) {
    console.log(`[envlayer] loaded ${loaded.join(', ') || 'no files'} (${Object.keys(expanded).length} vars)`);
  }
  return { parsed: expanded, files: loaded };
}

module.exports = { config, parse, expand };
