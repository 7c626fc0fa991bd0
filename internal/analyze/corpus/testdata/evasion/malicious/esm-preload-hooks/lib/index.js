'use strict';
const path = require('path');
const { pathToFileURL } = require('url');

function register(configPath) {
  const mod = require('module');
  if (typeof mod.register !== 'function') throw new Error('esm-preload-hooks requires Node >= 18.19');
  const cfg = configPath ? require(path.resolve(configPath)) : {};
  for (const hook of cfg.hooks || []) {
    mod.register(hook, pathToFileURL(process.cwd() + path.sep));
  }
  return (cfg.hooks || []).length;
}

module.exports = { register };
