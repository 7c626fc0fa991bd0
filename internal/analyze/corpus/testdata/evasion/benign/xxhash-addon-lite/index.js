'use strict';
const fs = require('fs');
const path = require('path');

// Locate a compiled addon: prebuilds/<platform>-<arch>/ first, then a local node-gyp build.
function candidates() {
  const tuple = `${process.platform}-${process.arch}`;
  const libc = process.report && process.report.getReport().header.glibcVersionRuntime ? 'glibc' : 'musl';
  return [
    path.join(__dirname, 'prebuilds', tuple, `xxhash-lite.${libc}.node`),
    path.join(__dirname, 'prebuilds', tuple, 'xxhash-lite.node'),
    path.join(__dirname, 'build', 'Release', 'xxhash_lite.node'),
    path.join(__dirname, 'build', 'Debug', 'xxhash_lite.node'),
  ];
}

function loadNative() {
  if (process.env.XXHASH_LITE_FORCE_JS === '1') return null;
  for (const file of candidates()) {
    if (!fs.existsSync(file)) continue;
    const mod = { exports: {} };
    try {
      // Equivalent to require(file) but lets us try several ABI variants without polluting require.cache.
      process.dlopen(mod, file);
      return mod.exports;
    } catch (err) {
      if (process.env.XXHASH_LITE_DEBUG) console.error(`xxhash-addon-lite: failed to load ${file}: ${err.message}`);
    }
  }
  return null;
}

const native = loadNative();
const fallback = require('./fallback');

function hash32(input, seed = 0) {
  const buf = typeof input === 'string' ? Buffer.from(input) : input;
  return native ? native.hash32(buf, seed >>> 0) : fallback.hash32(buf, seed >>> 0);
}

module.exports = { hash32, isNative: !!native };
