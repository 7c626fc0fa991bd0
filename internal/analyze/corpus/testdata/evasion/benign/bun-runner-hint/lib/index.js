'use strict';

const fs = require('fs');
const path = require('path');
const { spawn, spawnSync } = require('child_process');
const { BunNotFoundError } = require('./messages');

function findOnPath(name) {
  const exts = process.platform === 'win32' ? (process.env.PATHEXT || '.EXE;.CMD').split(';') : [''];
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    for (const ext of exts) {
      const candidate = path.join(dir, name + ext);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        return candidate;
      } catch (_) { /* keep looking */ }
    }
  }
  return null;
}

function findBun() {
  if (process.env.BUN_INSTALL) {
    const local = path.join(process.env.BUN_INSTALL, 'bin', process.platform === 'win32' ? 'bun.exe' : 'bun');
    if (fs.existsSync(local)) return local;
  }
  return findOnPath('bun');
}

function bunVersion(bin) {
  const res = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  return res.status === 0 ? res.stdout.trim() : null;
}

function run(scriptArgs, { fallbackNode = false, cwd = process.cwd() } = {}) {
  let bin = findBun();
  let args = ['run', ...scriptArgs];
  if (!bin) {
    if (!fallbackNode) throw new BunNotFoundError();
    bin = process.execPath;
    args = scriptArgs;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { cwd, stdio: 'inherit', env: process.env });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code: code == null ? 1 : code, signal, runtime: bin }));
  });
}

module.exports = { run, findBun, bunVersion };
