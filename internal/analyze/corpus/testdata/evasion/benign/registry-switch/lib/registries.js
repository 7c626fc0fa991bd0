'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const BUILTIN = {
  default: 'https://registry.npm.local/',
  verdaccio: 'http://localhost:4873/',
  github: 'https://npm.pkg.github.com/',
};

const CUSTOM_FILE = path.join(os.homedir(), '.registry-switch.json');

function all() {
  let custom = {};
  try { custom = JSON.parse(fs.readFileSync(CUSTOM_FILE, 'utf8')); } catch (_) {}
  return { ...BUILTIN, ...custom };
}

function add(name, url) {
  new URL(url);
  const custom = { ...all() };
  for (const k of Object.keys(BUILTIN)) delete custom[k];
  custom[name] = url.endsWith('/') ? url : url + '/';
  fs.writeFileSync(CUSTOM_FILE, JSON.stringify(custom, null, 2));
}

module.exports = { all, add, BUILTIN };
