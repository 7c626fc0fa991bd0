'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const parse = require('./parse');

const CONFIG = path.join(os.homedir(), '.ssh', 'config');
const match = (pat, host) => new RegExp('^' + pat.replace(/[.]/g, '\\.').replace(/\*/g, '.*').replace(/\?/g, '.') + '$').test(host);

function load(file = CONFIG) {
  return parse(fs.readFileSync(file, 'utf8'));
}

function resolve(host, blocks = load()) {
  const out = {};
  for (const b of blocks) {
    if (!b.hosts.some((h) => match(h, host))) continue;
    for (const [k, v] of Object.entries(b.opts)) if (!(k in out)) out[k] = v;
  }
  return { hostname: out.hostname || host, user: out.user || os.userInfo().username, port: Number(out.port || 22), identityFiles: (out.identityfile || []).map((p) => p.replace(/^~/, os.homedir())), proxyJump: out.proxyjump };
}

// Only stat()s key files – their contents are never read.
function lint(blocks = load()) {
  const problems = [];
  for (const b of blocks) for (const f of b.opts.identityfile || []) {
    const p = f.replace(/^~/, os.homedir());
    try {
      const mode = fs.statSync(p).mode & 0o777;
      if (process.platform !== 'win32' && mode & 0o077) problems.push(`${p}: permissions ${mode.toString(8)} are too open (expected 600)`);
    } catch (_) { problems.push(`${p}: not found (Host ${b.hosts.join(' ')})`); }
  }
  return problems;
}
module.exports = { load, resolve, lint, parse };
