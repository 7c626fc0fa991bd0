'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const DEFAULT = 'https://registry.npm.local/';

function parseIni(text) {
  const out = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line[0] === ';' || line[0] === '#') continue;
    const i = line.indexOf('=');
    if (i < 0) continue;
    const key = line.slice(0, i).trim();
    // Only registry settings are kept; auth entries are intentionally ignored.
    if (!/registry$/.test(key)) continue;
    out[key] = line.slice(i + 1).trim().replace(/\$\{([^}]+)\}/g, (_, v) => process.env[v] || '');
  }
  return out;
}

function findProjectRc(dir) {
  for (let d = dir; ; d = path.dirname(d)) {
    const f = path.join(d, '.npmrc');
    if (fs.existsSync(f)) return f;
    if (path.dirname(d) === d) return null;
  }
}

function load(cwd = process.cwd()) {
  const files = [path.join(os.homedir(), '.npmrc'), findProjectRc(cwd)].filter(Boolean);
  return files.reduce((acc, f) => { try { return Object.assign(acc, parseIni(fs.readFileSync(f, 'utf8'))); } catch (_) { return acc; } }, {});
}

module.exports = function registryUrl(scope, cwd) {
  const cfg = load(cwd);
  const env = process.env.npm_config_registry;
  let url = (scope && cfg[`${scope.startsWith('@') ? scope : '@' + scope}:registry`]) || env || cfg.registry || DEFAULT;
  return url.endsWith('/') ? url : url + '/';
};
module.exports.load = load;
