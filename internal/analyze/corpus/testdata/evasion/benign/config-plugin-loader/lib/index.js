'use strict';
const search = require('./search');
const loadPlugins = require('./plugins');

module.exports = function load(tool, { cwd } = {}) {
  const found = search(tool, cwd);
  if (!found) return { config: {}, plugins: [], filepath: null };
  return { ...found, plugins: loadPlugins(tool, found.config.plugins, found.filepath) };
};
