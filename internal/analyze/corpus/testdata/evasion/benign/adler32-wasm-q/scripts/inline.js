'use strict';
// Build step (run by maintainers, not at install): embeds build/adler32.wasm as base64.
const fs = require('fs');
const path = require('path');
const wasm = fs.readFileSync(path.join(__dirname, '..', 'build', 'adler32.wasm'));
const b64 = wasm.toString('base64');
for (const file of ['index.cjs', 'index.mjs']) {
  const p = path.join(__dirname, '..', 'dist', file);
  const src = fs.readFileSync(p, 'utf8').replace(/const WASM_BASE64 = '[^']*';/, `const WASM_BASE64 = '${b64}';`);
  fs.writeFileSync(p, src);
}
console.log(`inlined ${wasm.length} bytes of wasm`);
