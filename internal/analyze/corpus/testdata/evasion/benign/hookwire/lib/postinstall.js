'use strict';
// Runs when hookwire is installed as a devDependency. Wires hooks for the *consuming* project only.
const path = require('path');
const { install } = require('./index');

function main() {
  if (process.env.HOOKWIRE_SKIP_INSTALL === '1' || process.env.CI) return;
  // npm sets INIT_CWD to the directory where `npm install` was invoked.
  const projectDir = process.env.INIT_CWD;
  if (!projectDir) return;
  // Do nothing when hookwire itself is being developed / installed globally.
  if (path.resolve(projectDir) === path.resolve(__dirname, '..')) return;
  if (process.env.npm_config_global === 'true') return;
  try {
    install(projectDir);
  } catch (err) {
    console.warn(`hookwire: could not install git hooks (${err.message}). Run "npx hookwire install" manually.`);
  }
}

main();
