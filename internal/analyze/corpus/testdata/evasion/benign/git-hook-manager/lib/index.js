'use strict';
const fs = require('fs');
const path = require('path');
const { hooksDir } = require('./git-dir');

const SUPPORTED = ['pre-commit', 'commit-msg', 'pre-push', 'post-merge'];
const MARK = '# managed by git-hook-manager';

function readConfig(cwd) {
  const pkg = JSON.parse(fs.readFileSync(path.join(cwd, 'package.json'), 'utf8'));
  return pkg.gitHooks || {};
}

function script(command) {
  return `#!/bin/sh\n${MARK}\n[ -n "$SKIP_GIT_HOOKS" ] && exit 0\n${command}\n`;
}

function install(cwd = process.cwd(), { force = false } = {}) {
  const cfg = readConfig(cwd);
  const dir = hooksDir(cwd);
  fs.mkdirSync(dir, { recursive: true });
  const written = [];
  for (const [hook, command] of Object.entries(cfg)) {
    if (!SUPPORTED.includes(hook)) throw new Error(`unsupported hook ${hook}`);
    const file = path.join(dir, hook);
    if (fs.existsSync(file) && !fs.readFileSync(file, 'utf8').includes(MARK) && !force) {
      console.warn(`skipping ${hook}: existing hook not managed by git-hook-manager (use --force)`);
      continue;
    }
    fs.writeFileSync(file, script(command), { mode: 0o755 });
    written.push(hook);
  }
  return written;
}

function uninstall(cwd = process.cwd()) {
  const dir = hooksDir(cwd);
  for (const hook of SUPPORTED) {
    const file = path.join(dir, hook);
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8').includes(MARK)) fs.unlinkSync(file);
  }
}

module.exports = { install, uninstall, SUPPORTED };
