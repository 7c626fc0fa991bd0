'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');

const COMPLETION_DIR = path.join(os.homedir(), '.config', 'shell-completion');
const BEGIN = (name) => `# shell-completion source for ${name} package`;
const END = '# end of shell-completion';

function detectShell() {
  const shell = path.basename(process.env.SHELL || '');
  if (/zsh/.test(shell)) return 'zsh';
  if (/fish/.test(shell)) return 'fish';
  return 'bash';
}

function rcFileFor(shell) {
  const home = os.homedir();
  if (shell === 'zsh') return path.join(process.env.ZDOTDIR || home, '.zshrc');
  if (shell === 'fish') return path.join(home, '.config', 'fish', 'config.fish');
  return path.join(home, process.platform === 'darwin' ? '.bash_profile' : '.bashrc');
}

function ask(question, defaultYes = false) {
  if (!process.stdin.isTTY) return Promise.resolve(false); // never edit rc files non-interactively
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((resolve) => {
    rl.question(`${question} ${defaultYes ? '(Y/n)' : '(y/N)'} `, (answer) => {
      rl.close();
      const a = answer.trim().toLowerCase();
      resolve(a === '' ? defaultYes : a === 'y' || a === 'yes');
    });
  });
}

function renderScript(name, completer, shell) {
  const tpl = fs.readFileSync(path.join(__dirname, '..', 'scripts', `${shell === 'zsh' || shell === 'fish' ? 'bash' : shell}.sh`), 'utf8');
  return tpl.replace(/\{pkgname\}/g, name).replace(/\{completer\}/g, completer);
}

async function install({ name, completer = name, shell = detectShell(), yes = false }) {
  const rcFile = rcFileFor(shell);
  const scriptFile = path.join(COMPLETION_DIR, `${name}.${shell}`);
  const existing = fs.existsSync(rcFile) ? fs.readFileSync(rcFile, 'utf8') : '';
  if (existing.includes(BEGIN(name))) {
    console.log(`Completion for ${name} is already installed in ${rcFile}`);
    return false;
  }

  console.log(`This will write ${scriptFile}\nand add the following lines to ${rcFile}:\n`);
  const sourceLine = shell === 'fish' ? `[ -f ${scriptFile} ]; and . ${scriptFile}` : `[ -f ${scriptFile} ] && . ${scriptFile} || true`;
  const block = `\n${BEGIN(name)}\n${sourceLine}\n${END}\n`;
  console.log(block);
  if (!yes && !(await ask('Proceed?'))) {
    console.log('Aborted. You can add the lines above manually.');
    return false;
  }

  fs.mkdirSync(COMPLETION_DIR, { recursive: true });
  fs.writeFileSync(scriptFile, renderScript(name, completer, shell));
  if (existing) fs.writeFileSync(`${rcFile}.bak`, existing);
  fs.appendFileSync(rcFile, block);
  console.log(`Done. Restart your shell or run: source ${rcFile}`);
  return true;
}

async function uninstall({ name, shell = detectShell() }) {
  const rcFile = rcFileFor(shell);
  if (!fs.existsSync(rcFile)) return false;
  const text = fs.readFileSync(rcFile, 'utf8');
  const re = new RegExp(`\\n?${BEGIN(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s\\S]*?${END}\\n?`);
  if (!re.test(text)) return false;
  fs.writeFileSync(rcFile, text.replace(re, '\n'));
  fs.rmSync(path.join(COMPLETION_DIR, `${name}.${shell}`), { force: true });
  console.log(`Removed ${name} completion from ${rcFile}`);
  return true;
}

module.exports = { install, uninstall, detectShell, rcFileFor };
