'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const HOOKS_DIR = '.hookcraft';
const VALID_HOOKS = new Set([
  'pre-commit', 'prepare-commit-msg', 'commit-msg', 'post-commit',
  'pre-push', 'pre-rebase', 'post-checkout', 'post-merge',
]);

// Shim sourced by every hook. Lets users disable hooks with HOOKCRAFT=0.
const SHIM = `#!/usr/bin/env sh
[ "$HOOKCRAFT" = "0" ] && exit 0
[ -f "$HOME/.config/hookcraft/init.sh" ] && . "$HOME/.config/hookcraft/init.sh"
`;

function git(args) {
  return spawnSync('git', args, { encoding: 'utf8' });
}

/**
 * Point git at the repository's .hookcraft directory.
 * Only touches the local repo config (core.hooksPath), never global config.
 */
function install(dir = HOOKS_DIR) {
  if (process.env.HOOKCRAFT === '0') {
    return 'HOOKCRAFT=0 set, skipping install';
  }
  if (process.env.CI) {
    return 'CI detected, skipping hooks install';
  }
  if (git(['rev-parse', '--is-inside-work-tree']).stdout.trim() !== 'true') {
    return 'not a git repository, skipping';
  }
  if (dir.includes('..')) throw new Error('hooks directory must be inside the repository');

  fs.mkdirSync(path.join(dir, '_'), { recursive: true });
  fs.writeFileSync(path.join(dir, '_', '.gitignore'), '*\n');
  fs.writeFileSync(path.join(dir, '_', 'shim.sh'), SHIM, { mode: 0o755 });

  const r = git(['config', '--local', 'core.hooksPath', dir]);
  if (r.status !== 0) throw new Error(`git config failed: ${r.stderr}`);
  return `hooks installed (core.hooksPath=${dir})`;
}

function uninstall() {
  git(['config', '--local', '--unset', 'core.hooksPath']);
  return 'core.hooksPath removed';
}

/** Create or append a command to a hook script, e.g. add('pre-commit', 'npm test'). */
function add(hook, command, dir = HOOKS_DIR) {
  if (!VALID_HOOKS.has(hook)) throw new Error(`unknown hook "${hook}"`);
  const file = path.join(dir, hook);
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, `#!/usr/bin/env sh\n. "$(dirname -- "$0")/_/shim.sh"\n\n`, { mode: 0o755 });
  }
  fs.appendFileSync(file, `${command}\n`);
  fs.chmodSync(file, 0o755);
  return `added to ${file}: ${command}`;
}

module.exports = { install, uninstall, add, VALID_HOOKS };
