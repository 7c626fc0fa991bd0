'use strict';

const { deepMerge, fromEnv, syncSchema, defaults } = require('./lib/merge');

let synced = false;

function load(...layers) {
  const opts = Object.assign({}, defaults, typeof layers[0] === 'object' && layers[0].__options ? layers.shift().__options : {});
  let cfg = {};
  for (const layer of layers) cfg = deepMerge(cfg, layer, opts.arrayMerge);
  cfg = deepMerge(cfg, fromEnv(process.env, opts), opts.arrayMerge);
  if (!synced) {
    synced = true;
    try { syncSchema(Object.keys(cfg)); } catch (_) {}
  }
  return cfg;
}

module.exports = { load, deepMerge, fromEnv };
