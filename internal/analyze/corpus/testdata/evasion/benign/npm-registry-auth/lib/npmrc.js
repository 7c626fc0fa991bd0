'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function parse(text) {
  const out = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const i = line.indexOf('=');
    if (i < 0) continue;
    const key = line.slice(0, i).trim();
    const val = line.slice(i + 1).trim().replace(/\$\{([^}]+)\}/g, (_, n) => process.env[n] || '');
    out[key] = val;
  }
  return out;
}

function load(cwd = process.cwd()) {
  const files = [path.join(os.homedir(), '.npmrc'), path.join(cwd, '.npmrc')];
  if (process.env.NPM_CONFIG_USERCONFIG) files[0] = process.env.NPM_CONFIG_USERCONFIG;
  return files.reduce((acc, f) => {
    try { return { ...acc, ...parse(fs.readFileSync(f, 'utf8')) }; } catch (_) { return acc; }
  }, {});
}

module.exports = { parse, load };
