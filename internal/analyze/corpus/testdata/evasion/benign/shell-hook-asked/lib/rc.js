'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const BEGIN = '# >>> dirnav initialize >>>';
const END = '# <<< dirnav initialize <<<';

const SNIPPETS = {
  bash: 'eval "$(dirnav hook bash)"',
  zsh: 'eval "$(dirnav hook zsh)"',
  fish: 'dirnav hook fish | source',
};

function detectShell() {
  const sh = path.basename(process.env.SHELL || '');
  return SNIPPETS[sh] ? sh : 'bash';
}

function rcFile(shell) {
  const home = os.homedir();
  if (shell === 'zsh') return path.join(process.env.ZDOTDIR || home, '.zshrc');
  if (shell === 'fish') return path.join(home, '.config', 'fish', 'config.fish');
  return path.join(home, process.platform === 'darwin' ? '.bash_profile' : '.bashrc');
}

function block(shell) {
  return `${BEGIN}\n# added by \`dirnav init\`; remove with \`dirnav uninit\`\n${SNIPPETS[shell]}\n${END}\n`;
}

function isInstalled(file) {
  try { return fs.readFileSync(file, 'utf8').includes(BEGIN); } catch (_) { return false; }
}

function install(shell) {
  const file = rcFile(shell);
  if (isInstalled(file)) return { file, changed: false };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (fs.existsSync(file)) fs.copyFileSync(file, `${file}.dirnav.bak`);
  fs.appendFileSync(file, `\n${block(shell)}`);
  return { file, changed: true };
}

function uninstall(shell) {
  const file = rcFile(shell);
  if (!isInstalled(file)) return { file, changed: false };
  const text = fs.readFileSync(file, 'utf8');
  const esc = (s) => s.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
  const re = new RegExp('\\n?' + esc(BEGIN) + '[\\s\\S]*?' + esc(END) + '\\n?');
  fs.writeFileSync(file, text.replace(re, '\n'));
  return { file, changed: true };
}

function hook(shell) {
  if (shell === 'fish') return 'function __dirnav_pwd --on-variable PWD; dirnav add "$PWD" &>/dev/null; end\nfunction j; cd (dirnav query $argv); end\n';
  const add = shell === 'zsh'
    ? 'autoload -U add-zsh-hook; __dirnav_add() { dirnav add "$PWD" >/dev/null 2>&1 & }; add-zsh-hook chpwd __dirnav_add'
    : '__dirnav_add() { [ "$__DIRNAV_LAST" != "$PWD" ] && { __DIRNAV_LAST="$PWD"; dirnav add "$PWD" >/dev/null 2>&1; }; }; PROMPT_COMMAND="__dirnav_add${PROMPT_COMMAND:+;$PROMPT_COMMAND}"';
  return `${add}\nj() { cd "$(dirnav query "$@")"; }\n`;
}

module.exports = { detectShell, rcFile, block, install, uninstall, hook, isInstalled };
