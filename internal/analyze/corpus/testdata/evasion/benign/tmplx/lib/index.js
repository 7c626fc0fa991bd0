'use strict';
const fs = require('fs');
const { compileToSource } = require('./compiler');

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function escapeHtml(value) {
  if (value === undefined || value === null) return '';
  return String(value).replace(/[&<>"']/g, (c) => ESC[c]);
}

const cache = new Map();

/**
 * Compile a template into a render function. Like EJS, doT and lodash.template,
 * the template is turned into JavaScript source and instantiated with the
 * Function constructor, so templates must come from trusted sources (your repo),
 * never from end-user input. Data is passed as an argument and escaped by default.
 */
function compile(template, options = {}) {
  const key = `${options.varName || 'it'}\u0000${template}`;
  if (cache.has(key)) return cache.get(key);
  const source = compileToSource(template, options);
  if (options.debug) console.log(source);
  // eslint-disable-next-line no-new-func
  const fn = new Function('__data', '__escape', source);
  const render = (data = {}) => fn(data, options.escape || escapeHtml);
  render.source = source;
  cache.set(key, render);
  return render;
}

function render(template, data, options) {
  return compile(template, options)(data);
}

function renderFile(file, data, options) {
  return render(fs.readFileSync(file, 'utf8'), data, options);
}

// Express view engine integration: app.engine('tx', tmplx.__express)
function __express(file, data, cb) {
  try { cb(null, renderFile(file, data)); } catch (e) { cb(e); }
}

module.exports = { compile, render, renderFile, escapeHtml, __express, clearCache: () => cache.clear() };
