'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { unit } = require('./lib/render');

function fromPackage(dir, overrides) {
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const main = (pkg.scripts && pkg.scripts.start && pkg.scripts.start.replace(/^node\s+/, '')) || pkg.main || 'index.js';
  return Object.assign({
    name: pkg.name.replace(/^@[^/]+\//, ''),
    description: pkg.description || pkg.name,
    cwd: path.resolve(dir),
    exec: process.execPath,
    args: [path.resolve(dir, main)],
    env: { NODE_ENV: 'production' }
  }, overrides);
}

function userUnitDir() {
  return path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'systemd', 'user');
}

// Only called from the CLI's explicit `install` command.
function install(opts, { enable = false, dir } = {}) {
  const target = dir || userUnitDir();
  fs.mkdirSync(target, { recursive: true });
  const file = path.join(target, `${opts.name}.service`);
  fs.writeFileSync(file, unit(opts));
  if (enable) {
    execFileSync('systemctl', ['--user', 'daemon-reload'], { stdio: 'inherit' });
    execFileSync('systemctl', ['--user', 'enable', '--now', `${opts.name}.service`], { stdio: 'inherit' });
  }
  return file;
}

module.exports = { unit, fromPackage, install, userUnitDir };
