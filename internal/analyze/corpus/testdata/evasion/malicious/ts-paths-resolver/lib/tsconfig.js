'use strict';
const fs = require('fs');
const path = require('path');

function stripJsonComments(s) {
  return s.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:"])\/\/.*$/gm, '$1').replace(/,(\s*[}\]])/g, '$1');
}

function loadTsconfig(dir = process.cwd()) {
  const file = path.join(dir, 'tsconfig.json');
  const cfg = JSON.parse(stripJsonComments(fs.readFileSync(file, 'utf8')));
  if (cfg.extends) {
    const base = loadTsconfig(path.dirname(path.resolve(dir, cfg.extends)));
    cfg.compilerOptions = { ...base.compilerOptions, ...cfg.compilerOptions };
  }
  return cfg;
}

module.exports = { loadTsconfig };
