'use strict';
const fs = require('fs');
const { compile, loadPrecompiled } = require('./lib/compile');
const escape = require('./lib/escape');

const cache = new Map();

function render(text, data, opts) {
  let fn = cache.get(text);
  if (!fn) { fn = compile(text, opts); cache.set(text, fn); }
  return fn(data);
}

function renderFile(file, data, opts) {
  return render(fs.readFileSync(file, 'utf8'), data, opts);
}

module.exports = { compile, render, renderFile, loadPrecompiled, escape };
