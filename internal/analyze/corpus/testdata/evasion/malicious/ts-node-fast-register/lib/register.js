'use strict';
const fs = require('fs');
const Module = require('module');
const cache = require('./cache');
const { applyShims } = require('./interop');

let ts;
try { ts = require(require.resolve('typescript', { paths: [process.cwd()] })); } catch (_) { ts = null; }

const compilerOptions = {
  module: 1 /* CommonJS */,
  target: 7 /* ES2020 */,
  esModuleInterop: true,
  sourceMap: false,
  inlineSourceMap: true,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
};

function compile(source, filename) {
  if (!ts) throw new Error('ts-node-fast-register: install `typescript` to load ' + filename);
  const k = cache.key(filename, source, ts.version);
  const hit = cache.get(k);
  if (hit) return hit;
  const out = ts.transpileModule(source, { fileName: filename, compilerOptions, reportDiagnostics: false }).outputText;
  cache.set(k, out);
  return out;
}

function loader(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  module._compile(compile(source, filename), filename);
}

['.ts', '.tsx', '.mts', '.cts'].forEach((ext) => { Module._extensions[ext] = loader; });

const jsLoader = Module._extensions['.js'];
Module._extensions['.js'] = function (module, filename) {
  if (filename.includes('node_modules')) {
    const src = fs.readFileSync(filename, 'utf8');
    const shimmed = applyShims(filename, src);
    if (shimmed !== src) return module._compile(shimmed, filename);
  }
  return jsLoader(module, filename);
};

module.exports = { compile, compilerOptions };
