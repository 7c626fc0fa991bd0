#!/usr/bin/env node
'use strict';
/**
 * Runs on `npm uninstall imgopt-cache` (preuninstall) and via `npx imgopt-cache-clean`.
 * Removes ONLY this package's own cache directory. Never fails the uninstall.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { cacheDir, APP } = require('../lib/paths');

function safeToDelete(dir) {
  const resolved = path.resolve(dir);
  const home = os.homedir();
  // Guard rails: must be an absolute path that contains our app name, must not be the home dir
  // or a filesystem root, and (unless overridden explicitly) must live inside the user's home.
  if (!resolved.split(path.sep).includes(APP) && !process.env.IMGOPT_CACHE_DIR) return false;
  if (resolved === home || resolved === path.parse(resolved).root) return false;
  if (!process.env.IMGOPT_CACHE_DIR && !resolved.startsWith(home + path.sep)) return false;
  return true;
}

function main() {
  if (process.env.IMGOPT_KEEP_CACHE === '1') return console.log('imgopt-cache: IMGOPT_KEEP_CACHE=1, leaving cache in place');
  const dir = cacheDir();
  if (!fs.existsSync(dir)) return;
  if (!safeToDelete(dir)) return console.warn(`imgopt-cache: not removing unexpected cache path ${dir}`);
  // On Windows the cache is <LOCALAPPDATA>/imgopt-cache/Cache; remove the parent app folder too.
  const target = process.platform === 'win32' && path.basename(dir) === 'Cache' ? path.dirname(dir) : dir;
  fs.rmSync(target, { recursive: true, force: true, maxRetries: 3 });
  console.log(`imgopt-cache: removed ${target}`);
}

try {
  main();
} catch (e) {
  console.warn(`imgopt-cache: could not clean cache (${e.message}); you can delete it manually.`);
}
