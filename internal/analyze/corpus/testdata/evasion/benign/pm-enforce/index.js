'use strict';
const fs = require('fs');
const path = require('path');

/** Parse npm_config_user_agent, e.g. "pnpm/8.15.1 npm/? node/v20.11.0 linux x64". */
function detectPackageManager(env = process.env) {
  const ua = env.npm_config_user_agent || '';
  const m = ua.match(/^(npm|pnpm|yarn|bun|cnpm)\/(\S+)/);
  if (m) return { name: m[1], version: m[2] };
  const execpath = env.npm_execpath || '';
  if (/pnpm/.test(execpath)) return { name: 'pnpm', version: null };
  if (/yarn/.test(execpath)) return { name: 'yarn', version: null };
  if (/bun/.test(execpath)) return { name: 'bun', version: null };
  return null;
}

function satisfiesMajor(version, range) {
  // minimal ">=X" / "^X" / "X.x" support, enough for engines.node
  const major = Number(String(version).replace(/^v/, '').split('.')[0]);
  const m = String(range).match(/(\d+)/);
  return m ? major >= Number(m[1]) : true;
}

/**
 * Check the package manager (and engines.node) of the project being installed.
 * INIT_CWD is the directory where the user ran the install, i.e. the project.
 */
function check(wanted, env = process.env) {
  const problems = [];
  const pm = detectPackageManager(env);
  if (wanted && pm && pm.name !== wanted) {
    problems.push(`This repository uses ${wanted}, but you ran ${pm.name}. Run "${wanted} install" instead.`);
  }
  const projectDir = env.INIT_CWD || process.cwd();
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8'));
    if (pkg.engines && pkg.engines.node && !satisfiesMajor(process.version, pkg.engines.node)) {
      problems.push(`Node ${process.version} does not satisfy engines.node "${pkg.engines.node}".`);
    }
  } catch {
    /* no package.json — nothing to check */
  }
  return problems;
}

module.exports = { check, detectPackageManager };
