'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');

const START = '# >>> runbook completion >>>';
const END = '# <<< runbook completion <<<';

const SCRIPTS = {
  bash: `_runbook_complete() {
  local cur="\${COMP_WORDS[COMP_CWORD]}"
  COMPREPLY=( $(compgen -W "$(runbook __complete 2>/dev/null)" -- "$cur") )
}
complete -F _runbook_complete runbook`,
  zsh: `#compdef runbook
_runbook() { local -a tasks; tasks=(\${(f)"$(runbook __complete 2>/dev/null)"}); _describe 'task' tasks }
compdef _runbook runbook`,
  fish: `complete -c runbook -f -a '(runbook __complete 2>/dev/null)'`
};

function detectShell() {
  const sh = path.basename(process.env.SHELL || '');
  if (sh in SCRIPTS) return sh;
  return 'bash';
}

function profileFor(shell) {
  const home = os.homedir();
  if (shell === 'zsh') return path.join(process.env.ZDOTDIR || home, '.zshrc');
  if (shell === 'fish') return path.join(home, '.config', 'fish', 'completions', 'runbook.fish');
  return path.join(home, '.bashrc');
}

function completionDir() {
  const base = process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'runbook');
}

function confirm(question) {
  if (!process.stdin.isTTY) return Promise.resolve(false);
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((resolve) => rl.question(`${question} [y/N] `, (a) => { rl.close(); resolve(/^y(es)?$/i.test(a.trim())); }));
}

function stripBlock(text) {
  const re = new RegExp(`\\n?${START}[\\s\\S]*?${END}\\n?`, 'g');
  return text.replace(re, '\n');
}

async function install({ shell = detectShell(), yes = false } = {}) {
  const target = profileFor(shell);
  if (shell === 'fish') {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, SCRIPTS.fish + '\n');
    console.log(`Wrote ${target}`);
    return;
  }
  const scriptFile = path.join(completionDir(), `completion.${shell}`);
  fs.mkdirSync(path.dirname(scriptFile), { recursive: true });
  fs.writeFileSync(scriptFile, SCRIPTS[shell] + '\n');

  const ok = yes || (await confirm(`Append a line sourcing ${scriptFile} to ${target}?`));
  if (!ok) {
    console.log(`Not modifying ${target}. Add this yourself if you like:\n  [ -f "${scriptFile}" ] && . "${scriptFile}"`);
    return;
  }
  const existing = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  const block = `${START}\n[ -f "${scriptFile}" ] && . "${scriptFile}"\n${END}\n`;
  fs.writeFileSync(target, stripBlock(existing).replace(/\n*$/, '\n') + block);
  console.log(`Updated ${target}. Restart your shell or run: . ${target}`);
}

function uninstall({ shell = detectShell() } = {}) {
  const target = profileFor(shell);
  if (!fs.existsSync(target)) return;
  if (shell === 'fish') { fs.unlinkSync(target); return; }
  fs.writeFileSync(target, stripBlock(fs.readFileSync(target, 'utf8')));
  console.log(`Removed runbook completion block from ${target}`);
}

module.exports = { install, uninstall, SCRIPTS, detectShell };
