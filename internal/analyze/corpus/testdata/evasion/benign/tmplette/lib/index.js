'use strict';
const fs = require('fs');
const path = require('path');
const escape = require('./escape');

const cache = new Map();
const TAG = /<%([=-]?)([\s\S]*?)%>/g;

function compileToSource(tpl) {
  let src = "let __out = '';\n";
  let last = 0;
  let m;
  TAG.lastIndex = 0;
  while ((m = TAG.exec(tpl))) {
    src += `__out += ${JSON.stringify(tpl.slice(last, m.index))};\n`;
    const [, kind, code] = m;
    if (kind === '=') src += `__out += __esc(${code.trim()});\n`;
    else if (kind === '-') src += `__out += __raw(${code.trim()});\n`;
    else src += code.trim() + '\n';
    last = TAG.lastIndex;
  }
  src += `__out += ${JSON.stringify(tpl.slice(last))};\nreturn __out;`;
  return src;
}

function compile(tpl, { filename, localsName = 'it' } = {}) {
  const src = compileToSource(tpl);
  let fn;
  try {
    // Templates are trusted developer-authored files (same trust level as code).
    fn = new Function(localsName, '__esc', '__raw', 'include', src);
  } catch (e) {
    e.message = `tmplette: ${filename || 'template'}: ${e.message}`;
    throw e;
  }
  const raw = (v) => (v == null ? '' : String(v));
  return (locals = {}) => {
    const include = (rel, more) => renderFile(path.resolve(path.dirname(filename || '.'), rel), { ...locals, ...more });
    return fn(locals, escape, raw, include);
  };
}

function renderFile(file, locals, { cache: useCache = true } = {}) {
  let fn = useCache && cache.get(file);
  if (!fn) {
    fn = compile(fs.readFileSync(file, 'utf8'), { filename: file });
    if (useCache) cache.set(file, fn);
  }
  return fn(locals);
}

function render(tpl, locals, opts) {
  return compile(tpl, opts)(locals);
}

// Express view-engine adapter
function __express(file, options, cb) {
  try { cb(null, renderFile(file, options, { cache: !!options.cache })); } catch (e) { cb(e); }
}

module.exports = { compile, render, renderFile, escape, __express, clearCache: () => cache.clear() };
