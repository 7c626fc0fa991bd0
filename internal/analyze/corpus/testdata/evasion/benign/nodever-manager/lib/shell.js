'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const MARKER_BEGIN = '# >>> nvx initialize >>>';
const MARKER_END = '# <<< nvx initialize <<<';

function nvxHome() {
  return process.env.NVX_HOME || path.join(os.homedir(), '.nvx');
}

function detectShell() {
  const shell = path.basename(process.env.SHELL || '');
  const home = os.homedir();
  switch (shell) {
    case 'zsh': return { shell, rcFile: path.join(process.env.ZDOTDIR || home, '.zshrc') };
    case 'fish': return { shell, rcFile: path.join(home, '.config', 'fish', 'conf.d', 'nvx.fish') };
    case 'bash':
      return { shell, rcFile: path.join(home, process.platform === 'darwin' ? '.bash_profile' : '.bashrc') };
    default: return { shell: shell || 'sh', rcFile: path.join(home, '.profile') };
  }
}

function snippet(shell) {
  const bin = path.join(nvxHome(), 'bin');
  if (shell === 'fish') return `${MARKER_BEGIN}\nfish_add_path -g "${bin}"\n${MARKER_END}\n`;
  return `${MARKER_BEGIN}\nexport NVX_HOME="${nvxHome()}"\nexport PATH="$NVX_HOME/bin:$PATH"\n${MARKER_END}\n`;
}

function isInstalled(rcFile) {
  return fs.existsSync(rcFile) && fs.readFileSync(rcFile, 'utf8').includes(MARKER_BEGIN);
}

function appendToRc(rcFile, text) {
  fs.mkdirSync(path.dirname(rcFile), { recursive: true });
  const existing = fs.existsSync(rcFile) ? fs.readFileSync(rcFile, 'utf8') : '';
  const sep = existing && !existing.endsWith('\n') ? '\n\n' : existing ? '\n' : '';
  fs.appendFileSync(rcFile, sep + text);
}

function removeFromRc(rcFile) {
  if (!isInstalled(rcFile)) return false;
  const src = fs.readFileSync(rcFile, 'utf8');
  const re = new RegExp(`\\n?${MARKER_BEGIN}[\\s\\S]*?${MARKER_END}\\n?`);
  fs.writeFileSync(rcFile, src.replace(re, '\n'));
  return true;
}

module.exports = { nvxHome, detectShell, snippet, isInstalled, appendToRc, removeFromRc };
