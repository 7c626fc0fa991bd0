'use strict';
const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');

const HOOKS = ['pre-commit', 'commit-msg', 'pre-push', 'post-merge', 'post-checkout', 'prepare-commit-msg'];
const MARK = '# git-hooks-lite';

function projectRoot(start = process.env.INIT_CWD || process.cwd()) {
  let dir = start;
  while (dir !== path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    dir = path.dirname(dir);
  }
  return null;
}

function hooksDir(root) {
  try {
    const p = execSync('git rev-parse --git-path hooks', { cwd: root, encoding: 'utf8' }).trim();
    return path.resolve(root, p);
  } catch {
    return path.join(root, '.git', 'hooks');
  }
}

function config(root) {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    return pkg.gitHooks || pkg['git-hooks'] || {};
  } catch {
    return {};
  }
}

function install(root) {
  const dir = hooksDir(root);
  fs.mkdirSync(dir, { recursive: true });
  const cfg = config(root);
  const written = [];
  for (const hook of HOOKS) {
    if (!cfg[hook]) continue;
    const file = path.join(dir, hook);
    fs.writeFileSync(file, `#!/bin/sh\n${MARK}\nnpx --no-install git-hooks-lite run ${hook} "$@"\n`, { mode: 0o755 });
    written.push(hook);
  }
  return written;
}

function run(root, hook) {
  const cmd = config(root)[hook];
  if (!cmd) return 0;
  try {
    execSync(cmd, { cwd: root, stdio: 'inherit' });
    return 0;
  } catch (e) {
    return e.status || 1;
  }
}

module.exports = { install, run, projectRoot, hooksDir, HOOKS, MARK };
