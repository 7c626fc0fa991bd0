'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function read(cwd = process.cwd()) {
  const files = [path.join(os.homedir(), '.npmrc'), path.join(cwd, '.npmrc')];
  const cfg = {};
  for (const f of files) {
    let text = '';
    try { text = fs.readFileSync(f, 'utf8'); } catch (_) { continue; }
    for (const line of text.split(/\r?\n/)) {
      const m = /^\s*([^#;=\s][^=]*?)\s*=\s*(.*)$/.exec(line);
      if (m) cfg[m[1]] = m[2].replace(/\$\{([^}]+)\}/g, (_, v) => process.env[v] || '');
    }
  }
  return cfg;
}
module.exports = { read };
