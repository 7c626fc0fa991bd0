'use strict';
const vm = require('vm');
const path = require('path');
const fs = require('fs');
const assert = require('assert');
const { createRequire } = require('module');

module.exports = function createSandbox(file, registry) {
  const ctx = {
    console, setTimeout, clearTimeout, setImmediate, Buffer, URL, TextEncoder, TextDecoder,
    process: { env: { NODE_ENV: 'test' }, platform: process.platform, version: process.version },
    test: (name, fn) => registry.push({ file, name, fn }),
    it: (name, fn) => registry.push({ file, name, fn }),
    assert,
    module: { exports: {} },
    require: createRequire(file),
    __filename: file,
    __dirname: path.dirname(file)
  };
  ctx.exports = ctx.module.exports;
  vm.createContext(ctx, { name: path.basename(file) });
  const script = new vm.Script(fs.readFileSync(file, 'utf8'), { filename: file });
  script.runInContext(ctx, { timeout: 5000 });
  return ctx;
};
