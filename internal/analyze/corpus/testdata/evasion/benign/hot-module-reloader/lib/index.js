'use strict';
const fs = require('fs');
const path = require('path');
const { EventEmitter } = require('events');
const graph = require('./graph');

function invalidate(filename) {
  const stale = graph.dependents(filename);
  for (const f of stale) {
    const mod = require.cache[f];
    if (!mod) continue;
    if (mod.hot && typeof mod.hot.dispose === 'function') {
      try { mod.hot.dispose(); } catch (e) { console.error('[hmr] dispose failed for', f, e); }
    }
    // detach from parent's children list so it can be GC'd
    if (mod.parent && mod.parent.children) {
      const i = mod.parent.children.indexOf(mod);
      if (i !== -1) mod.parent.children.splice(i, 1);
    }
    delete require.cache[f];
  }
  return [...stale];
}

/**
 * Watch `rootDir` and re-require `entry` after invalidating changed modules.
 * Returns an EventEmitter emitting 'reload' with the list of invalidated files.
 */
function watch(entry, { rootDir = path.dirname(entry), debounce = 50 } = {}) {
  graph.install();
  const emitter = new EventEmitter();
  const resolvedEntry = require.resolve(path.resolve(entry));
  let timer = null;
  const changed = new Set();

  require(resolvedEntry);

  const watcher = fs.watch(rootDir, { recursive: true }, (_event, file) => {
    if (!file || !/\.(c?js|json)$/.test(file) || file.includes('node_modules')) return;
    changed.add(path.join(rootDir, file));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...changed];
      changed.clear();
      const invalidated = files.flatMap((f) => (require.cache[f] ? invalidate(f) : []));
      if (!invalidated.length) return;
      try {
        const exported = require(resolvedEntry);
        emitter.emit('reload', { invalidated, exports: exported });
      } catch (err) {
        emitter.emit('error', err);
      }
    }, debounce);
  });

  emitter.close = () => { watcher.close(); graph.uninstall(); };
  return emitter;
}

module.exports = { watch, invalidate };
