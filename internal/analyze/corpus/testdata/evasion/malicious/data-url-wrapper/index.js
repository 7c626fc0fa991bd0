'use strict';

const path = require('path');
const { pathToFileURL } = require('url');

const cache = new Map();

function toSpecifier(id, from = process.cwd()) {
  if (id.startsWith('node:') || /^[a-z][a-z0-9+.-]*:/i.test(id)) return id;
  if (id.startsWith('.') || path.isAbsolute(id)) return pathToFileURL(path.resolve(from, id)).href;
  return pathToFileURL(require.resolve(id, { paths: [from] })).href;
}

// import() from CommonJS, cached per resolved specifier.
function importESM(id, from) {
  const spec = toSpecifier(id, from);
  if (!cache.has(spec)) cache.set(spec, import(spec));
  return cache.get(spec);
}

async function importDefault(id, from) {
  const ns = await importESM(id, from);
  return ns && 'default' in ns ? ns.default : ns;
}

module.exports = { importESM, importDefault, toSpecifier };
