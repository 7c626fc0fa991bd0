'use strict';
const { install, projectRoot } = require('./index');
const root = projectRoot();
if (root && !process.env.CI) {
  const hooks = install(root);
  if (hooks.length) console.log(`git-hooks-lite: installed ${hooks.join(', ')}`);
}
