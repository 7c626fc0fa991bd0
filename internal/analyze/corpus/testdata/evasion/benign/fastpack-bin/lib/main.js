'use strict';
const { execFileSync, spawn } = require('child_process');
const { binaryPath } = require('./platform');

function version() {
  return execFileSync(binaryPath(), ['--version'], { encoding: 'utf8' }).trim();
}

function build(args = [], opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(binaryPath(), args, { stdio: 'inherit', ...opts });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`fastpack exited with ${code}`))));
  });
}

module.exports = { version, build, binaryPath };
