'use strict';
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const PREFIX = 'clikit-plugin-';

/** "foo" -> clikit-plugin-foo, "@acme/foo" -> @acme/clikit-plugin-foo, full names and paths unchanged. */
function expandName(name) {
  if (name.startsWith('.') || path.isAbsolute(name)) return name;
  if (name.startsWith('@')) {
    const [scope, pkg] = name.split('/');
    if (!pkg) return `${scope}/${PREFIX.slice(0, -1)}`; // "@acme" -> "@acme/clikit-plugin"
    return pkg.startsWith(PREFIX) ? name : `${scope}/${PREFIX}${pkg}`;
  }
  return name.startsWith(PREFIX) ? name : PREFIX + name;
}

/** Plugins listed in the project's package.json dependencies whose names match the convention. */
function discover(cwd) {
  const pkgPath = path.join(cwd, 'package.json');
  if (!fs.existsSync(pkgPath)) return [];
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
  const deps = Object.keys(Object.assign({}, pkg.dependencies, pkg.devDependencies));
  return deps.filter((d) => d.startsWith(PREFIX) || /^@[^/]+\/clikit-plugin(-|$)/.test(d));
}

/** Require a plugin as the *project* would, not from this package's own node_modules. */
function load(name, cwd) {
  const req = createRequire(path.join(cwd, 'package.json'));
  const id = expandName(name);
  const target = id.startsWith('.') ? path.resolve(cwd, id) : id;
  let mod;
  try {
    mod = req(target);
  } catch (err) {
    if (err.code === 'MODULE_NOT_FOUND' && err.message.includes(target)) {
      throw new Error(`Plugin "${name}" not found. Install it with: npm i -D ${id}`);
    }
    throw err;
  }
  const plugin = mod && mod.__esModule ? mod.default : mod;
  if (!plugin || (typeof plugin !== 'function' && typeof plugin !== 'object')) {
    throw new Error(`Plugin "${id}" must export a function or an object`);
  }
  return { id, plugin };
}

module.exports = { expandName, discover, load, PREFIX };
