'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const scripts = require('./lib/scripts');
const rc = require('./lib/rc');

function detectShell() {
  const s = path.basename(process.env.SHELL || '');
  return ['bash', 'zsh', 'fish'].includes(s) ? s : 'bash';
}

function confirm(question) {
  if (!process.stdin.isTTY) return Promise.resolve(false);
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise(res => rl.question(`${question} [y/N] `, a => { rl.close(); res(/^y(es)?$/i.test(a.trim())); }));
}

// Called from the host CLI's `completion install` subcommand.
async function install(cmd, opts) {
  opts = opts || {};
  const shell = opts.shell || detectShell();
  const dataDir = path.join(os.homedir(), '.config', cmd);
  fs.mkdirSync(dataDir, { recursive: true });
  if (shell === 'fish') {
    const f = path.join(os.homedir(), '.config', 'fish', 'completions', `${cmd}.fish`);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, scripts.fish(cmd));
    return { shell, file: f };
  }
  const script = path.join(dataDir, `completion.${shell}`);
  fs.writeFileSync(script, scripts[shell](cmd));
  const file = rc.rcFile(shell);
  if (!opts.yes && !(await confirm(`Add a line to ${file} to load ${cmd} completions?`))) {
    return { shell, file: null, manual: `[ -f ${script} ] && . ${script}` };
  }
  rc.addBlock(file, cmd, `[ -f ${JSON.stringify(script)} ] && . ${JSON.stringify(script)}`);
  return { shell, file };
}

function uninstall(cmd) {
  const removed = [];
  for (const s of ['bash', 'zsh']) { const f = rc.rcFile(s); if (rc.removeBlock(f, cmd)) removed.push(f); }
  return removed;
}

module.exports = { install, uninstall, scripts, detectShell };
