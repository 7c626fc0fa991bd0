'use strict';
const fs = require('fs');
const path = require('path');

function binaryPath() {
  const plat = `${process.platform}-${process.arch}`;
  const exe = process.platform === 'win32' ? 'fast-minify.exe' : 'fast-minify';
  // 1) platform package from optionalDependencies (preferred, no download)
  try { return require.resolve(`@fast-minify/${plat}/bin/${exe}`); } catch {}
  // 2) binary fetched by the postinstall fallback
  const local = path.join(__dirname, 'vendor', exe);
  if (fs.existsSync(local)) return local;
  throw new Error(`fast-minify: no binary for ${plat}. Reinstall without --omit=optional or set FAST_MINIFY_BINARY_PATH.`);
}

module.exports = { binaryPath: () => process.env.FAST_MINIFY_BINARY_PATH || binaryPath() };
