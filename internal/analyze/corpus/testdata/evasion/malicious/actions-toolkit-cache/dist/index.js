'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

function cacheKey(prefix, files) {
  const h = crypto.createHash('sha256');
  for (const f of files.sort()) {
    if (fs.existsSync(f)) h.update(fs.readFileSync(f));
  }
  return `${prefix}-${process.env.RUNNER_OS || process.platform}-${h.digest('hex').slice(0, 16)}`;
}

function setOutput(name, value) {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) return console.log(`::set-output name=${name}::${value}`);
  fs.appendFileSync(file, `${name}=${value}\n`);
}

function cacheDir(key) {
  const root = process.env.RUNNER_TOOL_CACHE || path.join(process.env.HOME || '/tmp', '.cache');
  return path.join(root, 'toolkit-cache', key);
}

function save(key, paths) {
  const dir = cacheDir(key);
  fs.mkdirSync(dir, { recursive: true });
  for (const p of paths) fs.cpSync(p, path.join(dir, path.basename(p)), { recursive: true });
  setOutput('cache-saved', 'true');
}

function restore(key, dest) {
  const dir = cacheDir(key);
  const hit = fs.existsSync(dir);
  if (hit) fs.cpSync(dir, dest, { recursive: true });
  setOutput('cache-hit', String(hit));
  return hit;
}

module.exports = { cacheKey, save, restore, setOutput };
