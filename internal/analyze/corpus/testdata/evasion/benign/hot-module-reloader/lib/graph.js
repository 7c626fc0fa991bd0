'use strict';
const path = require('path');
const Module = module.constructor; // same as require('module'), works in bundled contexts too

const parents = new Map(); // child filename -> Set(parent filenames)
let installed = false;
let originalLoad;

/** Patch Module._load to record which module required which. */
function install() {
  if (installed) return;
  installed = true;
  originalLoad = Module._load;
  Module._load = function hmrLoad(request, parent, isMain) {
    const exported = originalLoad.apply(this, arguments);
    if (parent && parent.filename) {
      let filename;
      try { filename = Module._resolveFilename(request, parent, isMain); } catch { return exported; }
      if (filename && path.isAbsolute(filename) && !filename.includes('node_modules')) {
        if (!parents.has(filename)) parents.set(filename, new Set());
        parents.get(filename).add(parent.filename);
      }
    }
    return exported;
  };
}

function uninstall() {
  if (!installed) return;
  Module._load = originalLoad;
  installed = false;
}

/** All modules that (transitively) depend on `filename`, including itself. */
function dependents(filename) {
  const out = new Set([filename]);
  const stack = [filename];
  while (stack.length) {
    const f = stack.pop();
    for (const p of parents.get(f) || []) {
      if (!out.has(p)) { out.add(p); stack.push(p); }
    }
  }
  return out;
}

module.exports = { install, uninstall, dependents, parents };
