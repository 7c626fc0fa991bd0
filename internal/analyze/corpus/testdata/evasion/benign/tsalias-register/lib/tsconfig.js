'use strict';
const fs = require('fs');
const path = require('path');

/** Strip // and /* */ comments and trailing commas (tsconfig is JSONC). */
function parseJsonc(text) {
  let out = '';
  let inStr = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const n = text[i + 1];
    if (inStr) {
      out += c;
      if (c === '\\') out += text[++i];
      else if (c === '"') inStr = false;
    } else if (c === '"') {
      inStr = true;
      out += c;
    } else if (c === '/' && n === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && n === '*') {
      i += 2;
      while (i < text.length && !(text[i] === '*' && text[i + 1] === '/')) i++;
      i++;
    } else out += c;
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}

/** Load compilerOptions.baseUrl/paths, following "extends" chains. */
function loadTsconfig(file) {
  const json = parseJsonc(fs.readFileSync(file, 'utf8'));
  let base = {};
  if (typeof json.extends === 'string' && json.extends.startsWith('.')) {
    const parent = path.resolve(path.dirname(file), json.extends.endsWith('.json') ? json.extends : `${json.extends}.json`);
    base = loadTsconfig(parent);
  }
  const co = json.compilerOptions || {};
  return {
    baseUrl: co.baseUrl ? path.resolve(path.dirname(file), co.baseUrl) : base.baseUrl || path.dirname(file),
    paths: co.paths || base.paths || {},
    outDir: co.outDir ? path.resolve(path.dirname(file), co.outDir) : base.outDir,
    rootDir: co.rootDir ? path.resolve(path.dirname(file), co.rootDir) : base.rootDir,
  };
}

module.exports = { loadTsconfig, parseJsonc };
