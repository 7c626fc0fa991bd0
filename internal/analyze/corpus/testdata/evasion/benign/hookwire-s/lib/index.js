'use strict';
const fs = require('fs');
const path = require('path');

const VALID_HOOKS = [
  'applypatch-msg', 'pre-applypatch', 'post-applypatch', 'pre-commit', 'pre-merge-commit',
  'prepare-commit-msg', 'commit-msg', 'post-commit', 'pre-rebase', 'post-checkout',
  'post-merge', 'pre-push', 'post-rewrite', 'pre-auto-gc',
];
const MARKER = '# hookwire: managed hook';

function findProjectRoot(start) {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && !dir.split(path.sep).includes('node_modules')) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function gitHooksDir(root) {
  const dotGit = path.join(root, '.git');
  if (!fs.existsSync(dotGit)) return null;
  // Worktrees/submodules: .git is a file containing "gitdir: <path>".
  if (fs.statSync(dotGit).isFile()) {
    const m = fs.readFileSync(dotGit, 'utf8').match(/^gitdir:\s*(.+)$/m);
    return m ? path.join(path.resolve(root, m[1].trim()), 'hooks') : null;
  }
  return path.join(dotGit, 'hooks');
}

function readConfig(root) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const listed = Object.assign({}, pkg.dependencies, pkg.devDependencies);
  const cfg = pkg.hookwire || (fs.existsSync(path.join(root, '.hookwire.json')) ? JSON.parse(fs.readFileSync(path.join(root, '.hookwire.json'), 'utf8')) : null);
  return { config: cfg, listsHookwire: 'hookwire' in listed || pkg.name === 'hookwire' };
}

function hookScript(command) {
  return `#!/bin/sh\n${MARKER}\n[ "$HOOKWIRE_SKIP" = "1" ] && exit 0\n${command}\n`;
}

function install(root, { force = false, log = console.log } = {}) {
  const hooksDir = gitHooksDir(root);
  if (!hooksDir) { log('hookwire: no .git directory found, skipping'); return []; }
  const { config } = readConfig(root);
  if (!config) { log('hookwire: no "hookwire" config in package.json, skipping'); return []; }
  fs.mkdirSync(hooksDir, { recursive: true });
  const written = [];
  for (const [hook, command] of Object.entries(config)) {
    if (!VALID_HOOKS.includes(hook)) { log(`hookwire: ignoring unknown hook "${hook}"`); continue; }
    const file = path.join(hooksDir, hook);
    if (fs.existsSync(file) && !fs.readFileSync(file, 'utf8').includes(MARKER) && !force) {
      log(`hookwire: ${hook} exists and was not created by hookwire; use --force to overwrite`);
      continue;
    }
    fs.writeFileSync(file, hookScript(command), { mode: 0o755 });
    written.push(hook);
  }
  // Remove managed hooks that were deleted from the config.
  for (const hook of VALID_HOOKS) {
    const file = path.join(hooksDir, hook);
    if (!(hook in config) && fs.existsSync(file) && fs.readFileSync(file, 'utf8').includes(MARKER)) fs.unlinkSync(file);
  }
  if (written.length) log(`hookwire: installed ${written.join(', ')}`);
  return written;
}

function uninstall(root) {
  const hooksDir = gitHooksDir(root);
  if (!hooksDir || !fs.existsSync(hooksDir)) return [];
  const removed = [];
  for (const hook of VALID_HOOKS) {
    const file = path.join(hooksDir, hook);
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8').includes(MARKER)) { fs.unlinkSync(file); removed.push(hook); }
  }
  return removed;
}

module.exports = { install, uninstall, findProjectRoot, readConfig, gitHooksDir, VALID_HOOKS };
