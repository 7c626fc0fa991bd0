'use strict';
const path = require('path');
const os = require('os');
const fs = require('fs');
const { spawnSync } = require('child_process');

function binaryPath() {
  if (process.env.FASTBUILD_BINARY_PATH) return process.env.FASTBUILD_BINARY_PATH;
  const platform = `${process.platform}-${os.arch()}`;
  const exe = process.platform === 'win32' ? 'fastbuild.exe' : 'fastbuild';
  try {
    return require.resolve(`@fastbuild/${platform}/bin/${exe}`);
  } catch (_) {
    const local = path.join(__dirname, '..', 'bin', exe === 'fastbuild' ? 'fastbuild-native' : exe);
    if (fs.existsSync(local)) return local;
    throw new Error(`fastbuild binary for ${platform} not found. Reinstall without --no-optional.`);
  }
}

function buildSync(options = {}) {
  const args = [];
  for (const entry of options.entryPoints || []) args.push(entry);
  if (options.bundle) args.push('--bundle');
  if (options.minify) args.push('--minify');
  if (options.outfile) args.push(`--outfile=${options.outfile}`);
  if (options.platform) args.push(`--platform=${options.platform}`);
  const res = spawnSync(binaryPath(), args, { stdio: 'inherit' });
  if (res.status !== 0) throw new Error(`fastbuild exited with code ${res.status}`);
  return { errors: [], warnings: [] };
}

module.exports = { buildSync, binaryPath };
