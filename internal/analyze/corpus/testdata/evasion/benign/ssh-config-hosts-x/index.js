'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { parse, resolve } = require('./lib/parse');

function configPath() {
  return process.env.SSH_CONFIG || path.join(os.homedir(), '.ssh', 'config');
}

function load(file) {
  try { return parse(fs.readFileSync(file || configPath(), 'utf8')); } catch (e) { return parse(''); }
}

function hosts(blocks) {
  blocks = blocks || load();
  const out = [];
  for (const b of blocks) for (const p of b.patterns || []) if (!/[*?!]/.test(p)) out.push(p);
  return [...new Set(out)];
}

function expand(p) {
  return p.replace(/^~(?=$|\/)/, os.homedir());
}

// Only stat()s identity files; never opens them.
function permissionWarnings(blocks) {
  blocks = blocks || load();
  const warnings = [];
  if (process.platform === 'win32') return warnings;
  for (const h of hosts(blocks)) {
    for (const f of resolve(blocks, h).identityfile || []) {
      const full = expand(f);
      try {
        const mode = fs.statSync(full).mode & 0o777;
        if (mode & 0o077) warnings.push({ host: h, file: full, mode: mode.toString(8) });
      } catch (e) {
        warnings.push({ host: h, file: full, missing: true });
      }
    }
  }
  return warnings;
}

module.exports = { load, hosts, resolve: (host, blocks) => resolve(blocks || load(), host), permissionWarnings, configPath };
