'use strict';
const fs = require('fs');
const path = require('path');
const { git, topLevel } = require('./lib/git');
const { SHIM, DEFAULTS } = require('./lib/templates');

// Meant to be run from the project's own "prepare" script:
//   "scripts": { "prepare": "git-hooks-local install" }
function install(dir, opts) {
  opts = opts || {};
  if (process.env.GIT_HOOKS_LOCAL === '0' || process.env.CI) return { skipped: 'disabled or CI' };
  const root = topLevel(process.cwd());
  if (!root) return { skipped: 'not a git repository' };
  const hooksDir = path.join(root, dir || '.githooks');
  fs.mkdirSync(hooksDir, { recursive: true });
  if (opts.defaults) {
    for (const [name, body] of Object.entries(DEFAULTS)) {
      const f = path.join(hooksDir, name);
      if (!fs.existsSync(f)) fs.writeFileSync(f, body, { mode: 0o755 });
    }
  }
  // repository-local setting only (.git/config), never --global
  git(['config', '--local', 'core.hooksPath', path.relative(root, hooksDir) || '.'], root);
  return { hooksDir };
}

function add(name, command, dir) {
  const root = topLevel(process.cwd());
  const f = path.join(root, dir || '.githooks', name);
  const cur = fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : SHIM;
  fs.writeFileSync(f, cur.replace(/\n?$/, '\n') + command + '\n', { mode: 0o755 });
  return f;
}

function uninstall() {
  const root = topLevel(process.cwd());
  if (!root) return false;
  try { git(['config', '--local', '--unset', 'core.hooksPath'], root); } catch (e) {}
  return true;
}

module.exports = { install, add, uninstall };
