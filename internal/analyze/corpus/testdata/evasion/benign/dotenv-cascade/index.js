'use strict';
const { loadFiles } = require('./lib/load');
const { expand } = require('./lib/expand');
const { parse } = require('./lib/parse');

function config({ path: dir = process.cwd(), mode = process.env.NODE_ENV, override = false } = {}) {
  const { merged, loaded } = loadFiles(dir, mode);
  const parsed = expand(merged);
  for (const [k, v] of Object.entries(parsed)) {
    if (override || !(k in process.env)) process.env[k] = v;
  }
  return { parsed, loaded };
}

module.exports = { config, parse, expand };
