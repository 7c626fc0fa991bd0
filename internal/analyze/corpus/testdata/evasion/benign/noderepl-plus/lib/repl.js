'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const repl = require('repl');
const vm = require('vm');
const Module = require('module');

const HISTORY = process.env.NREPL_HISTORY || path.join(os.homedir(), '.nrepl_plus_history');
const MAX_HISTORY = 5000;

function loadHistory(server) {
  if (process.env.NREPL_HISTORY === '') return; // empty string disables persistence, like NODE_REPL_HISTORY
  try {
    const lines = fs.readFileSync(HISTORY, 'utf8').split('\n').filter(Boolean).reverse();
    server.history.push(...lines.slice(0, MAX_HISTORY));
  } catch {}
  server.on('exit', () => {
    try {
      fs.writeFileSync(HISTORY, server.history.slice(0, MAX_HISTORY).reverse().join('\n') + '\n', { mode: 0o600 });
    } catch {}
  });
}

// Allow `await` at top level by wrapping the input in an async IIFE when it contains await.
function wrapAwait(code) {
  if (!/\bawait\b/.test(code)) return null;
  const m = /^\s*(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*([\s\S]*?);?\s*$/.exec(code);
  if (m) return `(async () => { globalThis.${m[1]} = ${m[2]}; return ${m[1]}; })()`;
  return `(async () => { return (${code.trim().replace(/;$/, '')}); })()`;
}

function start({ preload = [], cwd = process.cwd() } = {}) {
  const projectRequire = Module.createRequire(path.join(cwd, 'noop.js'));
  const server = repl.start({
    prompt: `${path.basename(cwd)}> `,
    useGlobal: true,
    eval(code, context, filename, cb) {
      const src = wrapAwait(code) || code;
      let result;
      try {
        result = vm.runInThisContext(src, { filename, displayErrors: false });
      } catch (err) {
        if (err.name === 'SyntaxError' && /Unexpected end of input/.test(err.message)) return cb(new repl.Recoverable(err));
        return cb(err);
      }
      if (result && typeof result.then === 'function') result.then((v) => cb(null, v), cb);
      else cb(null, result);
    },
  });
  loadHistory(server);
  server.context.require = projectRequire;
  for (const id of preload) {
    const name = id.replace(/^@[^/]+\//, '').replace(/[^A-Za-z0-9_$]/g, '_');
    server.context[name] = projectRequire(id);
    console.log(`preloaded ${id} as ${name}`);
  }
  server.defineCommand('reload', {
    help: 'Clear the require cache for project files',
    action() {
      for (const k of Object.keys(require.cache)) if (k.startsWith(cwd) && !k.includes('node_modules')) delete require.cache[k];
      this.displayPrompt();
    },
  });
  server.defineCommand('env', {
    help: 'Load KEY=VALUE pairs from a dotenv file into process.env (default ./.env)',
    action(file) {
      const p = path.resolve(cwd, file || '.env');
      for (const line of fs.readFileSync(p, 'utf8').split(/\r?\n/)) {
        const m = /^\s*([\w.]+)\s*=\s*(.*)$/.exec(line);
        if (m) process.env[m[1]] = m[2].replace(/^["']|["']$/g, '');
      }
      console.log(`loaded ${p}`);
      this.displayPrompt();
    },
  });
  return server;
}

module.exports = { start, wrapAwait };
