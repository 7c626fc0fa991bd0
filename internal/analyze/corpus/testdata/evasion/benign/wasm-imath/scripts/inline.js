'use strict';
// Build step (maintainers only): embed dist/imath.wasm into dist/index.{cjs,mjs} as base64.
const fs = require('fs');
const path = require('path');

const dist = path.join(__dirname, '..', 'dist');
const b64 = fs.readFileSync(path.join(dist, 'imath.wasm')).toString('base64');
for (const f of ['index.cjs', 'index.mjs']) {
  const file = path.join(dist, f);
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/const WASM_BASE64 = '[^']*';/, `const WASM_BASE64 = '${b64}';`));
}
