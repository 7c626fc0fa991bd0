#!/usr/bin/env node
'use strict';
const { applyAll } = require('../lib/apply');
const root = process.env.INIT_CWD || process.cwd();
try {
  const applied = applyAll(root);
  for (const a of applied) console.log(`patched ${a}`);
} catch (e) {
  console.error(`patch-apply: ${e.message}`);
  process.exit(1);
}
