'use strict';
const path = require('path');
const { generate } = require('./generate');

// INIT_CWD = where the user ran `npm install`; our own package lives in
// <project>/node_modules/tablekit-client, so the output dir is a sibling.
const projectRoot = process.env.INIT_CWD || path.resolve(__dirname, '..', '..', '..');
const outDir = path.resolve(__dirname, '..', '..', '.tablekit', 'client');

if (process.env.TABLEKIT_SKIP_GENERATE) process.exit(0);
try {
  const r = generate({ projectRoot, outDir });
  if (r.generated) console.log(`tablekit: generated client for ${r.tables} table(s) from ${path.relative(projectRoot, r.schemaFile)}`);
  else console.log('tablekit: no tablekit.schema found – run `npx tablekit generate` once you have one.');
} catch (e) {
  console.warn(`tablekit: client generation skipped (${e.message}). Fix the schema and run \`npx tablekit generate\`.`);
}
