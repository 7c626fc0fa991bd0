'use strict';
const path = require('path');
const { spawn } = require('child_process');

const EDITORS = { code: ['-g'], cursor: ['-g'], webstorm: ['--line'], subl: [] };

function openInEditor(file, line = 1, col = 1, editor = process.env.VUE_EDITOR || 'code') {
  const args = editor === 'webstorm' ? ['--line', String(line), file] : [...(EDITORS[editor] || []), `${file}:${line}:${col}`];
  spawn(editor, args, { stdio: 'ignore', detached: true }).unref();
}

function vueDevInspector(opts = {}) {
  let root = process.cwd();
  return {
    name: 'vue-dev-inspector',
    apply: 'serve',
    configResolved(c) { root = c.root; },
    transform(code, id) {
      if (!id.endsWith('.vue')) return null;
      const rel = path.relative(root, id);
      // tag root elements of each template with their source location
      return code.replace(/<template>\s*<([a-zA-Z][\w-]*)/, (m, tag) => m.replace(`<${tag}`, `<${tag} data-v-inspector="${rel}"`));
    },
    configureServer(server) {
      server.middlewares.use('/__inspector/open', (req, res) => {
        const u = new URL(req.url, 'http://localhost');
        openInEditor(path.resolve(root, u.searchParams.get('file') || ''), Number(u.searchParams.get('line')) || 1, 1, opts.editor);
        res.end('ok');
      });
    },
  };
}

module.exports = vueDevInspector;
module.exports.openInEditor = openInEditor;
