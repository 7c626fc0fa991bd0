'use strict';
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

const VIRTUAL_ID = '/@hmr-overlay/client.js';
const RESOLVED_ID = '\0hmr-overlay-client';
const WS_EVENT = 'hmr-overlay:error';

/**
 * Vite plugin. Only active in `serve` mode; nothing is injected into production builds.
 * @param {{ editor?: string, theme?: 'dark'|'light', snippetLines?: number }} [options]
 */
module.exports = function hmrOverlay(options = {}) {
  const opts = Object.assign({ editor: process.env.EDITOR || 'code', theme: 'dark', snippetLines: 5 }, options);
  let server;
  let root = process.cwd();

  return {
    name: 'vite-plugin-hmr-overlay',
    apply: 'serve',

    configResolved(config) {
      root = config.root;
    },

    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      return null;
    },

    load(id) {
      if (id !== RESOLVED_ID) return null;
      const src = fs.readFileSync(path.join(__dirname, 'client', 'overlay.js'), 'utf8');
      // Bake the user options into the client module at dev time.
      return src
        .replace('__OVERLAY_THEME__', JSON.stringify(opts.theme))
        .replace('__OVERLAY_EVENT__', JSON.stringify(WS_EVENT));
    },

    transformIndexHtml() {
      // Inject the client as the very first module so it can catch errors thrown by app entry.
      return [{ tag: 'script', attrs: { type: 'module', src: VIRTUAL_ID }, injectTo: 'head-prepend' }];
    },

    configureServer(_server) {
      server = _server;
      // "Open in editor" endpoint, only reachable on the dev server itself.
      server.middlewares.use('/__open-in-editor', (req, res) => {
        const url = new URL(req.url, 'http://localhost');
        const file = url.searchParams.get('file') || '';
        const line = Number(url.searchParams.get('line') || 1);
        const abs = path.resolve(root, file);
        if (!abs.startsWith(root + path.sep) || !fs.existsSync(abs)) {
          res.statusCode = 404;
          return res.end('not found');
        }
        const child = spawn(opts.editor, ['--goto', `${abs}:${line}`], { stdio: 'ignore', detached: true, shell: process.platform === 'win32' });
        child.on('error', () => {});
        child.unref();
        res.end('ok');
      });
    },

    buildEnd(err) {
      if (!err || !server) return;
      server.ws.send({ type: 'custom', event: WS_EVENT, data: formatError(err, root, opts.snippetLines) });
    }
  };
};

function formatError(err, root, n) {
  const loc = err.loc || {};
  let snippet = '';
  if (loc.file && fs.existsSync(loc.file)) {
    const lines = fs.readFileSync(loc.file, 'utf8').split('\n');
    const start = Math.max(0, (loc.line || 1) - 1 - n);
    snippet = lines.slice(start, (loc.line || 1) + n).map((l, i) => `${start + i + 1} | ${l}`).join('\n');
  }
  return {
    message: String(err.message || err),
    file: loc.file ? path.relative(root, loc.file) : null,
    line: loc.line || null,
    column: loc.column || null,
    snippet,
    plugin: err.plugin || null
  };
}

module.exports.VIRTUAL_ID = VIRTUAL_ID;
