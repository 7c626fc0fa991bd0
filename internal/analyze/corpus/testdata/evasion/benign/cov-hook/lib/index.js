'use strict';
const fs = require('fs');
const path = require('path');
const Module = require('module');
const { instrument } = require('./instrument');

const ROOT = process.env.COV_HOOK_ROOT || process.cwd();
const OUT_DIR = path.resolve(ROOT, process.env.COV_HOOK_DIR || '.cov');
const EXCLUDE = [/[\\/]node_modules[\\/]/, /[\\/](test|tests|__tests__)[\\/]/, /\.(test|spec)\.js$/, new RegExp(`^${escape(__dirname)}`)];

function escape(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

const files = [];   // index -> { file, lines: Set<number>, hits: Map<number, number> }
let installed = false;

function shouldInstrument(filename) {
  if (!filename.startsWith(ROOT + path.sep)) return false;
  return !EXCLUDE.some((re) => re.test(filename));
}

function install() {
  if (installed) return;
  installed = true;

  // Global counter function referenced by instrumented code.
  Object.defineProperty(global, '__cov', {
    value: (fi, line) => { const h = files[fi].hits; h.set(line, (h.get(line) || 0) + 1); },
    enumerable: false
  });

  const original = Module._extensions['.js'];
  Module._extensions['.js'] = function covHookLoader(module, filename) {
    if (!shouldInstrument(filename)) return original(module, filename);
    const src = fs.readFileSync(filename, 'utf8');
    const index = files.length;
    const { code, lines } = instrument(src, index);
    files.push({ file: path.relative(ROOT, filename), lines: new Set(lines), hits: new Map() });
    module._compile(code, filename);
  };

  // Child processes (e.g. test runners forking workers) get the same hook via NODE_OPTIONS,
  // and write their own coverage-<pid>.json which `cov-hook report` merges.
  const reg = require.resolve('../register.js');
  const flag = `--require ${JSON.stringify(reg)}`;
  if (!(process.env.NODE_OPTIONS || '').includes(reg)) {
    process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS || ''} ${flag}`.trim();
  }

  process.on('exit', write);
}

function write() {
  if (!files.length) return;
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const data = {};
  for (const f of files) {
    const lines = {};
    for (const l of f.lines) lines[l] = f.hits.get(l) || 0;
    data[f.file] = lines;
  }
  fs.writeFileSync(path.join(OUT_DIR, `coverage-${process.pid}.json`), JSON.stringify(data));
}

module.exports = { install, write, OUT_DIR };
