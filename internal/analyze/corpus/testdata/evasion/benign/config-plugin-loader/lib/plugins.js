'use strict';
const { createRequire } = require('module');

function normalizeName(tool, name) {
  if (name.startsWith('.') || name.startsWith('/')) return name;
  if (name.startsWith('@')) return name.includes('/') ? name : `${name}/${tool}-plugin`;
  return name.startsWith(`${tool}-plugin-`) ? name : `${tool}-plugin-${name}`;
}

module.exports = function loadPlugins(tool, list, configPath) {
  const req = createRequire(configPath);
  return (list || []).map((entry) => {
    const [name, options] = Array.isArray(entry) ? entry : [entry, {}];
    const id = normalizeName(tool, name);
    let mod;
    try { mod = req(id); } catch (e) { throw new Error(`Cannot load ${tool} plugin "${id}" from ${configPath}: ${e.message}`); }
    const factory = mod && mod.default ? mod.default : mod;
    return { id, plugin: typeof factory === 'function' ? factory(options) : factory };
  });
};
