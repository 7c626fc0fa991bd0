'use strict';
const fs = require('fs');
const path = require('path');
const { libc, parseTags, matches } = require('./lib/tags');

const runtimeRequire = typeof __non_webpack_require__ === 'function' ? __non_webpack_require__ : require; // eslint-disable-line

function readdir(d) { try { return fs.readdirSync(d); } catch (e) { return []; } }

function resolve(dir) {
  dir = path.resolve(dir || '.');
  if (process.env.PREBUILD_LOADER_FROM_SOURCE !== '1') {
    for (const sub of ['build/Release', 'build/Debug']) {
      const f = readdir(path.join(dir, sub)).find(x => x.endsWith('.node'));
      if (f) return path.join(dir, sub, f);
    }
  }
  const want = { runtime: process.versions.electron ? 'electron' : 'node', abi: process.versions.modules, libc: libc() };
  const platDir = path.join(dir, 'prebuilds', `${process.platform}-${process.arch}`);
  const candidates = readdir(platDir).map(parseTags).filter(t => matches(t, want)).sort((a, b) => b.specificity - a.specificity);
  if (candidates.length) return path.join(platDir, candidates[0].file);
  throw new Error(`No native build was found for platform=${process.platform} arch=${process.arch} runtime=${want.runtime} abi=${want.abi} libc=${want.libc}\n    loaded from: ${dir}`);
}

function load(dir) {
  return runtimeRequire(resolve(dir));
}

module.exports = load;
module.exports.resolve = resolve;
