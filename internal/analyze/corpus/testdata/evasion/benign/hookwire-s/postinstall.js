'use strict';
// Runs after `npm install`. INIT_CWD is the directory npm was invoked from,
// i.e. the project that depends on hookwire.
const { install, findProjectRoot, readConfig } = require('./lib');

function main() {
  if (process.env.HOOKWIRE_SKIP === '1' || process.env.CI) return;
  const start = process.env.INIT_CWD || process.cwd();
  const root = findProjectRoot(start);
  if (!root) return;
  let info;
  try { info = readConfig(root); } catch (_) { return; }
  // Only act for projects that list hookwire themselves.
  if (!info.listsHookwire || !info.config) return;
  install(root);
}

try {
  main();
} catch (e) {
  // Never fail the user's install because of hooks.
  console.warn('hookwire: could not install git hooks:', e.message);
}
