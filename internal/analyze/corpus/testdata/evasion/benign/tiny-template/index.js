'use strict';
const { compileSource } = require('./lib/compile');
const { escape } = require('./lib/escape');

const cache = new Map();

function compile(tpl, { locals = 'it' } = {}) {
  const key = locals + '\0' + tpl;
  if (!cache.has(key)) {
    // Templates are authored by the developer, as in EJS/lodash.template.
    const fn = new Function(locals, '__esc', compileSource(tpl));
    cache.set(key, (data) => fn(data, escape));
  }
  return cache.get(key);
}

const render = (tpl, data, opts) => compile(tpl, opts)(data);

module.exports = { compile, render, escape };
