'use strict';
const fs = require('fs');
const path = require('path');

/**
 * Plugin names come from the project's package.json:
 *   "mytool": { "plugins": ["markdown", "@acme/lint"] }
 * plus any dependency named mytool-plugin-* / @scope/mytool-plugin-*.
 * Short names are expanded with the naming convention (like ESLint/Babel).
 */
function expandName(name, prefix) {
  if (name.startsWith('.') || path.isAbsolute(name)) return name;
  if (name.startsWith('@')) {
    const [scope, rest] = name.split('/');
    if (!rest) return `${scope}/${prefix}-plugin`;
    return rest.startsWith(`${prefix}-plugin`) ? name : `${scope}/${prefix}-plugin-${rest}`;
  }
  return name.startsWith(`${prefix}-plugin-`) ? name : `${prefix}-plugin-${name}`;
}

function discover(projectRoot, prefix) {
  const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
  const declared = ((pkg[prefix] && pkg[prefix].plugins) || []).map((n) => expandName(n, prefix));
  const deps = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
  const re = new RegExp(`^(@[^/]+/)?${prefix}-plugin(-|$)`);
  const auto = deps.filter((d) => re.test(d));
  return [...new Set([...declared, ...auto])];
}

/** Resolve a plugin's entry file relative to the project (not to this package). */
function resolvePlugin(name, projectRoot) {
  if (name.startsWith('.') || path.isAbsolute(name)) return require.resolve(path.resolve(projectRoot, name));
  return require.resolve(name, { paths: [projectRoot] });
}

module.exports = { discover, resolvePlugin, expandName };
