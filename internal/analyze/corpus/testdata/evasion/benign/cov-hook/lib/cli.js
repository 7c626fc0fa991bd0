#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

const dir = path.resolve(process.env.COV_HOOK_DIR || '.cov');
const [cmd, ...rest] = process.argv.slice(2);

function report() {
  const merged = {};
  for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    if (!/^coverage-\d+\.json$/.test(f)) continue;
    const data = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    for (const [file, lines] of Object.entries(data)) {
      merged[file] = merged[file] || {};
      for (const [l, n] of Object.entries(lines)) merged[file][l] = (merged[file][l] || 0) + n;
    }
  }
  let tot = 0, hit = 0;
  for (const file of Object.keys(merged).sort()) {
    const ls = Object.values(merged[file]);
    const h = ls.filter((n) => n > 0).length;
    tot += ls.length; hit += h;
    console.log(`${file.padEnd(50)} ${((h / (ls.length || 1)) * 100).toFixed(1).padStart(6)}%`);
  }
  console.log(`${'All files'.padEnd(50)} ${((hit / (tot || 1)) * 100).toFixed(1).padStart(6)}%`);
}

if (cmd === 'report') report();
else if (cmd === 'run' && rest.length) {
  fs.rmSync(dir, { recursive: true, force: true });
  const env = Object.assign({}, process.env, { NODE_OPTIONS: `${process.env.NODE_OPTIONS || ''} --require ${JSON.stringify(require.resolve('../register.js'))}`.trim() });
  const child = spawn(rest[0], rest.slice(1), { stdio: 'inherit', env, shell: process.platform === 'win32' });
  child.on('exit', (code) => { report(); process.exit(code); });
} else console.log('usage: cov-hook run <command...> | report');
