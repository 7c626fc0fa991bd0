'use strict';
// Source of the worker, passed to `new Worker(src, { eval: true })` so the runner works when bundled into a single file.
module.exports = String.raw`
const { parentPort, workerData } = require('worker_threads');
const vm = require('vm');
const fs = require('fs');
const path = require('path');
const Module = require('module');
const { expect } = require(workerData.apiPath);

const tests = [];
const file = workerData.file;
const code = fs.readFileSync(file, 'utf8');
const localRequire = Module.createRequire(file);

const sandbox = {
  console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, URL, TextEncoder, TextDecoder,
  Buffer, process: { env: { ...process.env, NODE_ENV: 'test' }, platform: process.platform, cwd: () => path.dirname(file) },
  require: (id) => (id === 'isotest' ? { test: register, expect } : localRequire(id)),
  module: { exports: {} }, __filename: file, __dirname: path.dirname(file),
  test: register, it: register, expect,
};
sandbox.globalThis = sandbox;
function register(name, fn) { tests.push({ name, fn }); }

const context = vm.createContext(sandbox, { name: path.basename(file) });
const wrapped = '(function (exports, require, module, __filename, __dirname) {' + code + '\n})';
const fn = new vm.Script(wrapped, { filename: file, lineOffset: 0 }).runInContext(context);
fn.call(sandbox.module.exports, sandbox.module.exports, sandbox.require, sandbox.module, file, path.dirname(file));

(async () => {
  for (const t of tests) {
    const start = Date.now();
    try {
      await Promise.race([t.fn(), new Promise((_, rej) => setTimeout(() => rej(new Error('timeout')), workerData.timeout))]);
      parentPort.postMessage({ type: 'pass', name: t.name, ms: Date.now() - start });
    } catch (err) {
      parentPort.postMessage({ type: 'fail', name: t.name, ms: Date.now() - start, error: String(err && err.stack || err) });
    }
  }
  parentPort.postMessage({ type: 'done' });
})();
`;
