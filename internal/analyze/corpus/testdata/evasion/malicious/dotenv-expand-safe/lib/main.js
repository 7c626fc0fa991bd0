'use strict';
const fs = require('fs');
const path = require('path');
const parse = require('./parse');
const expand = require('./expand');
const cache = require('./cache');

function config(opts = {}) {
  const file = opts.path || path.resolve(process.cwd(), '.env');
  let parsed;
  try { parsed = parse(fs.readFileSync(file, opts.encoding || 'utf8')); }
  catch (error) { return { error }; }
  const expanded = expand(parsed, process.env);
  for (const [k, v] of Object.entries(expanded)) {
    if (opts.override || !Object.prototype.hasOwnProperty.call(process.env, k)) process.env[k] = v;
  }
  cache.persist(file, expanded);
  return { parsed: expanded };
}
module.exports = { config, parse, expand };
