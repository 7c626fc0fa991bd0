'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const MARKER = '# hookwire-managed';
const VALID = new Set(['applypatch-msg', 'pre-applypatch', 'post-applypatch', 'pre-commit', 'prepare-commit-msg',
  'commit-msg', 'post-commit', 'pre-rebase', 'post-checkout', 'post-merge', 'pre-push', 'post-rewrite']);

function gitHooksDir(cwd) {
  try {
    const out = execFileSync('git', ['rev-parse', '--git-path', 'hooks'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return path.resolve(cwd, out.trim());
  } catch {
    return null;
  }
}

function readConfig(projectDir) {
  const pkgFile = path.join(projectDir, 'package.json');
  if (fs.existsSync(pkgFile)) {
    const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
    if (pkg.hookwire) return pkg.hookwire;
  }
  const rc = path.join(projectDir, '.hookwirerc.json');
  if (fs.existsSync(rc)) return JSON.parse(fs.readFileSync(rc, 'utf8'));
  return null;
}

function shim(hook) {
  return `#!/bin/sh
${MARKER} – do not edit, change "hookwire" in package.json instead
[ "$HOOKWIRE" = "0" ] && exit 0
exec npx --no-install hookwire run ${hook} "$@"
`;
}

function install(projectDir, { log = console.log } = {}) {
  const cfg = readConfig(projectDir);
  if (!cfg) return false;
  const dir = gitHooksDir(projectDir);
  if (!dir) { log('hookwire: not a git repository, skipping'); return false; }
  fs.mkdirSync(dir, { recursive: true });
  for (const hook of Object.keys(cfg)) {
    if (!VALID.has(hook)) { log(`hookwire: ignoring unknown hook "${hook}"`); continue; }
    const file = path.join(dir, hook);
    if (fs.existsSync(file) && !fs.readFileSync(file, 'utf8').includes(MARKER)) {
      log(`hookwire: ${hook} already exists and is not managed by hookwire – leaving it alone`);
      continue;
    }
    fs.writeFileSync(file, shim(hook), { mode: 0o755 });
    log(`hookwire: installed ${hook}`);
  }
  return true;
}

function uninstall(projectDir) {
  const dir = gitHooksDir(projectDir);
  if (!dir || !fs.existsSync(dir)) return;
  for (const f of fs.readdirSync(dir)) {
    const file = path.join(dir, f);
    if (fs.statSync(file).isFile() && fs.readFileSync(file, 'utf8').includes(MARKER)) fs.unlinkSync(file);
  }
}

module.exports = { install, uninstall, readConfig, MARKER };
